import type { Plugin } from 'vite';

/**
 * In development (`npm run dev:web`), the staff app's client routes (/staff/...) are answered with
 * its own page, staff/index.html, as the API and nginx do for the built app; the learner app's
 * routes keep Vite's fallback to index.html.
 */
export function staffDevPage(): Plugin {
  return {
    name: 'lane:staff-dev-page',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = (req.url ?? '').split('?')[0];
        const isPage = (req.headers.accept ?? '').includes('text/html');
        if (isPage && (path === '/staff' || (path.startsWith('/staff/') && !/\.[a-z0-9]+$/i.test(path)))) req.url = '/staff/index.html';
        next();
      });
    },
  };
}
