import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress.mts';
import { preloadLaoFonts } from './build/preload-lao-fonts.mts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The staff app (apps/web/staff/index.html → dist/web/staff/index.html), built apart from the
 * learner app so that no byte of it, and no change to how the learner app's code is split, ever
 * reaches a learner. It shares the source (components, lib, locales) and dist/web, with its
 * scripts under /staff-assets/ (the learner app's service worker leaves that path alone), and runs
 * after the learner build (scripts/lib/run.mjs).
 */
export default defineConfig({
  root,
  publicDir: false,
  plugins: [react(), preloadLaoFonts(), precompress({ onlyThisBuild: true })],
  resolve: { alias: { '@lms/contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)) } },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: false,
    assetsDir: 'staff-assets',
    sourcemap: false,
    manifest: '.vite/staff-manifest.json',
    rollupOptions: { input: fileURLToPath(new URL('staff/index.html', import.meta.url)) },
  },
});
