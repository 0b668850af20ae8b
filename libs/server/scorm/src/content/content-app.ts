import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import type { FileStorage } from '@lms/server-core';
import type { ScormPackageRecord, ScormRepository } from '../scorm.repository';
import type { ContentTokens } from './content-token';
import { CONTENT_WORKER_JS } from './content-worker';
import { launcherPage } from './launcher-page';
import { LAUNCHER_JS } from './launcher-script';
import { OFFLINE_JS, offlinePage } from './offline-page';
import { scormAgainScript } from './runtime-files';
import { scormFileKey } from '../packages/read-scorm-zip';

export interface ContentAppDeps {
  packages: Pick<ScormRepository, 'findPackage'>;
  storage: FileStorage;
  tokens: ContentTokens;
  now: () => Date;
  laneOrigins: string[];
  logger: Logger;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The content origin, a web server of its own beside the API: a package's files, the launcher
 * page that runs them, and the two scripts the launcher needs. It has no session and no cookie,
 * only signed paths (ContentTokens), and nothing on it can reach the API with the learner's
 * token, which lives on Lane's origin. The launcher may be framed only by Lane's pages and a
 * package's files only by the launcher; package script may connect nowhere but here.
 */
export function createContentApp(deps: ContentAppDeps): FastifyInstance {
  const app = Fastify({ logger: false, return503OnClosing: true });
  const runtime = scormAgainScript();
  // Immutable packages, looked up once per process for the many files a SCO loads.
  const cache = new Map<string, ScormPackageRecord>();
  const findPackage = async (id: string): Promise<ScormPackageRecord | null> => {
    const hit = cache.get(id);
    if (hit) return hit;
    const found = await deps.packages.findPackage(id);
    if (found) {
      if (cache.size >= 200) cache.delete(cache.keys().next().value!);
      cache.set(id, found);
    }
    return found;
  };

  const launcherCsp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'unsafe-inline'",
    "frame-src 'self'",
    `frame-ancestors ${deps.laneOrigins.join(' ') || "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const offlineCsp = [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self'",
    `frame-ancestors ${deps.laneOrigins.join(' ') || "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // Packages in the wild use inline script and eval; that is why they run on this origin alone.
  const packageCsp = [
    "default-src 'self' data: blob:",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
    "object-src 'none'",
    // Every ancestor counts: the launcher (this origin) and Lane's player page around it.
    `frame-ancestors 'self' ${deps.laneOrigins.join(' ')}`.trimEnd(),
    "form-action 'self'",
    "base-uri 'self'",
  ].join('; ');

  app.addHook('onSend', async (_req, reply) => {
    void reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer').header('cross-origin-resource-policy', 'same-origin');
  });
  app.setErrorHandler((error, req, reply) => {
    deps.logger.error({ err: error, url: req.url }, 'SCORM content request failed');
    void reply.status(500).type('text/plain; charset=utf-8').send('Something went wrong');
  });
  app.setNotFoundHandler((_req, reply) => void reply.status(404).type('text/plain; charset=utf-8').send('Not found'));

  const script = (reply: FastifyReply, body: string) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').header('content-security-policy', "default-src 'none'").send(body);
  app.get('/_lane/scorm12.js', (_req, reply) => script(reply, runtime));
  app.get('/_lane/launcher.js', (_req, reply) => script(reply, LAUNCHER_JS));
  app.get('/_lane/offline.js', (_req, reply) => script(reply, OFFLINE_JS));
  // The worker controls the whole origin; what it fetches is this origin's (connect-src).
  app.get('/_lane/sw.js', (_req, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('service-worker-allowed', '/')
      .header('content-security-policy', "default-src 'none'; connect-src 'self'")
      .send(CONTENT_WORKER_JS),
  );

  /** The package a signed path names, or the answer already sent. */
  const authorised = async (params: { id: string; token: string }, reply: FastifyReply): Promise<ScormPackageRecord | null> => {
    if (!UUID.test(params.id) || !deps.tokens.valid(params.id, params.token, deps.now())) {
      await reply.status(403).type('text/plain; charset=utf-8').send('This link has expired or is not valid: open the activity again from Lane.');
      return null;
    }
    const pkg = await findPackage(params.id);
    if (!pkg) await reply.status(404).type('text/plain; charset=utf-8').send('Not found');
    return pkg;
  };

  app.get<{ Params: { id: string; token: string } }>('/launch/:id/:token/', async (req, reply) => {
    const pkg = await authorised(req.params, reply);
    if (!pkg) return reply;
    const sco = `/p/${pkg.id}/${req.params.token}/${pkg.launchPath.split('/').map(encodeURIComponent).join('/')}${pkg.launchParameters}`;
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', launcherCsp)
      .send(launcherPage({ title: pkg.title, scoUrl: sco, laneOrigins: deps.laneOrigins, asset: pkg.launchType === 'asset' }));
  });

  app.get<{ Params: { id: string; token: string } }>('/offline/:id/:token/', async (req, reply) => {
    const pkg = await authorised(req.params, reply);
    if (!pkg) return reply;
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', offlineCsp)
      .send(offlinePage({ files: Object.keys(pkg.files), laneOrigins: deps.laneOrigins }));
  });

  app.get<{ Params: { id: string; token: string; '*': string } }>('/p/:id/:token/*', async (req, reply) => {
    const pkg = await authorised(req.params, reply);
    if (!pkg) return reply;
    let path: string;
    try {
      path = decodeURIComponent(req.params['*']);
    } catch {
      return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
    }
    const file = Object.hasOwn(pkg.files, path) ? pkg.files[path] : undefined;
    const body = file ? await deps.storage.open(scormFileKey(pkg.id, file)) : null;
    if (!file || !body) return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
    return reply
      .type(file.contentType)
      .header('content-length', file.sizeBytes)
      .header('cache-control', 'private, max-age=86400')
      .header('content-security-policy', packageCsp)
      .send(body);
  });
  return app;
}
