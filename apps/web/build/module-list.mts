import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Writes .vite/modules.json: every source module the build put into a chunk, relative to the app
 * (src/...). scripts/lib/web-budget.mjs reads it to check that no staff code reaches a learner.
 */
export function moduleList(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'lane:module-list',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      const modules = new Set<string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of Object.keys(output.modules)) if (!id.includes('/node_modules/') && !id.startsWith('\0')) modules.add(relative(root, id.split('?')[0]));
      }
      mkdirSync(join(outDir, '.vite'), { recursive: true });
      writeFileSync(join(outDir, '.vite/modules.json'), JSON.stringify([...modules].sort(), null, 1));
    },
  };
}
