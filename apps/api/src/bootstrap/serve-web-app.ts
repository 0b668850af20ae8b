import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built web app on the same port as the API. Unknown paths outside /api get
 * index.html (under /staff, the staff app's staff/index.html) so that client-side routes survive
 * a reload; hashed assets (/assets, /staff-assets) are cached for a year.
 * Text files go out as the brotli or gzip copies the web build writes beside them (preCompressed).
 */
export async function serveWebApp(app: NestFastifyApplication, dir: string): Promise<void> {
  if (!existsSync(join(dir, 'index.html'))) return;
  const hasStaffApp = existsSync(join(dir, 'staff/index.html'));
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    setHeaders(res, path) {
      if (path.startsWith(join(dir, 'assets/')) || path.startsWith(join(dir, 'staff-assets/'))) void res.header('cache-control', 'public, max-age=31536000, immutable');
      else void res.header('cache-control', 'no-cache');
    },
  });
  // Nest owns the not-found handler, so client routes are a wildcard GET that the more specific
  // API and asset routes win over.
  fastify.get('/*', (req, reply) => {
    const url = req.url.split('?')[0];
    if (url.startsWith('/api') || url.startsWith('/.well-known') || /\.[a-z0-9]+$/i.test(url)) {
      return reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `Cannot GET ${url}`, details: [] });
    }
    const staff = hasStaffApp && (url === '/staff' || url.startsWith('/staff/'));
    return reply.header('cache-control', 'no-cache').sendFile(staff ? 'staff/index.html' : 'index.html');
  });
}
