import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { precacheFiles } from '../../scripts/lib/web-budget.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = { '/api': { target: 'http://localhost:3000', changeOrigin: false }, '/.well-known': { target: 'http://localhost:3000', changeOrigin: false } };

/**
 * The Lao faces of the first screen (body 400, titles 600), preloaded from index.html: otherwise
 * the browser asks for them only once React has drawn Lao text, a round trip late, and lays the
 * page out twice.
 */
function preloadLaoFonts(): Plugin {
  return {
    name: 'lane:preload-lao-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((file) => /noto-sans-lao-lao-(400|600)-normal-[\w-]+\.woff2$/.test(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'preload', href: `/${file}`, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' as const })),
    },
  };
}

/**
 * Brotli and gzip copies of every text file of the build, made once here so that the server
 * sends them as they are (@fastify/static preCompressed; nginx gzip_static) instead of 300 KB of
 * plain JavaScript over a phone's connection, or compressing on each request.
 */
function precompress(): Plugin {
  let outDir = '';
  let written = false;
  const text = /\.(js|css|html|svg|json|webmanifest)$/;
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  return {
    name: 'lane:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      written = true;
    },
    // closeBundle runs after a failed build too, when there is nothing to compress.
    closeBundle() {
      if (!written) return;
      for (const file of walk(outDir).filter((f) => text.test(f) && !f.includes('/.vite/'))) {
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

/**
 * The service worker's precache list and version, written into dist/web/sw.js once the build is
 * out: every file a learner screen may need (scripts/lib/web-budget.mjs), and a version that is a
 * hash of them and of the worker, so a deploy that changes any file changes sw.js itself, and
 * phones install the new worker, which replaces the old caches.
 */
function serviceWorkerPrecache(): Plugin {
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

/** The Lane web app. `npm run dev:web` for development; the API serves the built files from dist/web. */
export default defineConfig({
  root,
  plugins: [react(), preloadLaoFonts(), serviceWorkerPrecache(), precompress()],
  // The shared contracts: types, and the few pure rules both sides apply (such as reading a verification code).
  resolve: { alias: { '@lms/contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)) } },
  // Relative to `root` (apps/web), so the output lands in <workspace>/dist/web.
  // The manifest lets scripts/lib/web-budget.mjs measure what each route downloads.
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: false, manifest: true },
  server: { proxy: api },
  preview: { proxy: api },
});
