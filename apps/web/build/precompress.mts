import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT = /\.(js|css|html|svg|json|webmanifest)$/;
const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

/**
 * Brotli and gzip copies of every text file of the build, made once here so that the server
 * sends them as they are (@fastify/static preCompressed; nginx gzip_static) instead of 300 KB of
 * plain JavaScript over a phone's connection, or compressing on each request.
 */
/**
 * `onlyThisBuild`: compress only the files this build wrote, not the whole output directory (the
 * staff app builds into the learner app's directory, whose files are compressed already).
 */
export function precompress({ onlyThisBuild = false }: { onlyThisBuild?: boolean } = {}): Plugin {
  let outDir = '';
  let written = false;
  let files: string[] = [];
  return {
    name: 'lane:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      written = true;
      files = Object.keys(bundle).map((name) => join(outDir, name));
    },
    // closeBundle runs after a failed build too, when there is nothing to compress.
    closeBundle() {
      if (!written) return;
      for (const file of (onlyThisBuild ? files : walk(outDir)).filter((f) => TEXT.test(f) && !f.includes('/.vite/'))) {
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}
