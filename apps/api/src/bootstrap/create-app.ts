import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RawServerDefault } from 'fastify';
import type { Logger } from 'pino';
import { JWKS_PATH } from '@lms/server-certificates';
import { acceptXapiBodies } from '@lms/server-xapi';
import { ApiException, createValidationPipe, HttpErrorFilter, jsonTextProblem, METRICS_PATH, METRICS_REGISTRY, NestPinoLogger, PINO_LOGGER, recordHttpRequestDurations, requestIdFor, type AppConfig } from '@lms/server-core';
import { AppModule } from '../app.module';
import { setupOpenApi } from './openapi';
import { serveWebApp } from './serve-web-app';

export const API_PREFIX = 'api/v1';

/**
 * Builds the whole HTTP app (not listening yet): Fastify with request ids and pino logs, helmet,
 * CORS, body limits, multipart, the global validation pipe and error filter, OpenAPI, and the
 * built web app beside /api. The tests use exactly this.
 */
export async function createApp(config: AppConfig, logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: requestIdFor,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logger), adapter, {
    logger: new NestPinoLogger(logger),
    bufferLogs: false,
    // The LRS keeps documents as the bytes sent (their ETag is the SHA-1 of those bytes).
    rawBody: true,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (req, reply) => {
    void reply.header('x-request-id', req.id);
  });
  recordHttpRequestDurations(fastify, app.get(METRICS_REGISTRY));
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // Lesson videos, and SCORM packages on their own origin (libs/server/scorm, content/).
        frameSrc: [...config.videoHosts.map((h) => `https://${h}`), config.scorm.origin],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 10, parts: 12 } });
  // Question-bank imports may come as the raw file (GIFT as text/plain, Moodle XML as XML), up to the upload limit.
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser(['text/plain', 'application/xml', 'text/xml'], { parseAs: 'string', bodyLimit: config.uploadLimitBytes }, (_req, body, done) => done(null, body));
  acceptXapiBodies(fastify, config.bodyLimitBytes);
  // JSON that no handler could take is refused before it is parsed: too deep for class-transformer's recursion, or holding a character no column can store.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit: config.bodyLimitBytes }, (req, body, done) => {
    const text = body.toString('utf8');
    const problem = jsonTextProblem(text);
    if (problem) done(new ApiException(400, `The request body is refused: ${problem}`, [{ code: 'http.json-refused' }]), undefined);
    else parseJson(req, text, done);
  });
  app.enableCors({
    origin: config.corsOrigins.length ? config.corsOrigins : false,
    credentials: false,
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
  // The issuer's public keys stay at one URL whatever the API version, the xAPI LRS lives at
  // /xapi, where xAPI clients expect its resources, and Prometheus scrapes /metrics.
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [{ path: JWKS_PATH, method: RequestMethod.GET }, { path: 'xapi/{*resource}', method: RequestMethod.ALL }, { path: METRICS_PATH, method: RequestMethod.GET }],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter(app.get(PINO_LOGGER)));
  setupOpenApi(app);
  if (config.webDistDir) await serveWebApp(app, config.webDistDir);
  await app.init();
  return app;
}
