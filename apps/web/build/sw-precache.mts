import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { precacheFiles } from '../../../scripts/lib/web-budget.mjs';

/**
 * The service worker's precache list and version, written into dist/web/sw.js once the build is
 * out: every file a learner screen may need (scripts/lib/web-budget.mjs), and a version that is a
 * hash of them and of the worker, so a deploy that changes any file changes sw.js itself, and
 * phones install the new worker, which replaces the old caches.
 */
export function serviceWorkerPrecache(): Plugin {
  return {
    name: 'lane:sw-precache',
    apply: 'build',
    // writeBundle, before precompress's closeBundle: the .br and .gz copies must be of the filled-in worker.
    writeBundle({ dir }) {
      const outDir = dir!;
      const files = precacheFiles(JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')));
      const path = join(outDir, 'sw.js');
      const source = readFileSync(path, 'utf8');
      const version = createHash('sha256').update(source).update(files.join('\n')).digest('base64url').slice(0, 12);
      const filled = source.replace("const VERSION = 'dev';", `const VERSION = '${version}';`).replace('const PRECACHE = [];', `const PRECACHE = ${JSON.stringify(files)};`);
      if (!filled.includes(version) || !filled.includes(files[0])) throw new Error('lane:sw-precache: sw.js lost its VERSION or PRECACHE placeholder');
      writeFileSync(path, filled);
    },
  };
}
