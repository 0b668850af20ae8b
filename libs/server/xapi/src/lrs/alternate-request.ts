import { BadRequestException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { isJsonObject } from '../statements/problems';

export const XAPI_METHODS = ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'] as const;
export type XapiMethod = (typeof XAPI_METHODS)[number];

/** The form parameters that stand for headers (Communication §1.3.s3.b6); Content-Transfer-Encoding is not one. */
const HEADER_FIELDS = ['authorization', 'x-experience-api-version', 'content-type', 'content-length', 'if-match', 'if-none-match'];

/** A request as the LRS reads it: `xapiMethod` is the method it stands for, which the alternate syntax may change. */
export type AlternateAware = FastifyRequest & { xapiMethod?: XapiMethod; rawBody?: Buffer };

/**
 * The alternate request syntax (Communication §1.3): a POST with `?method=X` and a form body stands
 * for an X request whose headers (Authorization, the version, Content-Type, If-Match...) and query
 * parameters are form fields, and whose content is the `content` field, a UTF-8 string. This
 * rewrites the request in place into the one it stands for, before the guard checks its
 * credentials and the handler reads its parameters and body; `xapiMethod` tells the handler.
 */
export function applyAlternateSyntax(request: AlternateAware): void {
  request.xapiMethod = request.method as XapiMethod;
  const query = (request.query ?? {}) as Record<string, unknown>;
  if (request.method !== 'POST' || query.method === undefined) return;
  const method = typeof query.method === 'string' ? query.method.toUpperCase() : '';
  if (!(XAPI_METHODS as readonly string[]).includes(method)) throw new BadRequestException(`method must be one of ${XAPI_METHODS.join(', ')}`);
  const others = Object.keys(query).filter((k) => k !== 'method');
  if (others.length) throw new BadRequestException(`With ?method=, every other parameter goes in the form body, not the query string (${others.join(', ')})`);
  const form = request.body ?? {};
  if (!isJsonObject(form) || !String(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    throw new BadRequestException('A request with ?method= must have an application/x-www-form-urlencoded body');
  }

  const params: Record<string, unknown> = {};
  let content: string | undefined;
  delete request.headers['content-type'];
  for (const [name, value] of Object.entries(form)) {
    const lower = name.toLowerCase();
    if (name === 'content') {
      if (typeof value !== 'string') throw new BadRequestException('content must be given once');
      content = value;
    } else if (HEADER_FIELDS.includes(lower)) {
      if (typeof value !== 'string') throw new BadRequestException(`${name} must be given once`);
      request.headers[lower] = value;
    } else params[name] = value;
  }
  request.query = params;
  request.xapiMethod = method as XapiMethod;
  request.rawBody = content === undefined ? undefined : Buffer.from(content, 'utf8');
  request.body = content === undefined ? undefined : contentOf(content, String(request.headers['content-type'] ?? ''));
}

/** The content as the usual syntax's parser would give it: JSON parsed, anything else as bytes. */
function contentOf(content: string, contentType: string): unknown {
  if (contentType.split(';')[0].trim().toLowerCase() !== 'application/json') return Buffer.from(content, 'utf8');
  try {
    return JSON.parse(content);
  } catch {
    throw new BadRequestException('content is not valid JSON, though its Content-Type says it is');
  }
}
