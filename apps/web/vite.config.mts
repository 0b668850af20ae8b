import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress.mts';
import { preloadLaoFonts } from './build/preload-lao-fonts.mts';
import { serviceWorkerPrecache } from './build/sw-precache.mts';
import { moduleList } from './build/module-list.mts';
import { staffDevPage } from './build/staff-dev-page.mts';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = { '/api': { target: 'http://localhost:3000', changeOrigin: false }, '/.well-known': { target: 'http://localhost:3000', changeOrigin: false } };

/**
 * The Lane web app, as learners get it. `npm run dev:web` for development (the staff app too, at
 * /staff); the API serves the built files from dist/web. The staff app builds apart: vite.staff.config.mts.
 */
export default defineConfig({
  root,
  plugins: [react(), preloadLaoFonts(), serviceWorkerPrecache(), precompress(), moduleList(), staffDevPage()],
  // The shared contracts: types, and the few pure rules both sides apply (such as reading a verification code).
  resolve: { alias: { '@lms/contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)) } },
  // Relative to `root` (apps/web), so the output lands in <workspace>/dist/web.
  // The manifest lets scripts/lib/web-budget.mjs measure what each route downloads.
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: false, manifest: true },
  server: { proxy: api },
  preview: { proxy: api },
});
