import { BadRequestException, ForbiddenException, Injectable, MethodNotAllowedException, SetMetadata, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import type { XapiScope } from '@lms/contracts';
import type { XapiClientCredential } from '../clients/xapi-clients.repository';
import { XapiClientsService } from '../clients/xapi-clients.service';
import { applyAlternateSyntax, type AlternateAware } from './alternate-request';

/** The version this LRS speaks, sent on every /xapi response (xAPI 1.0.3 Communication §6.2). */
export const XAPI_VERSION = '1.0.3';
/** Any 1.0.x client is understood (§6.2: the LRS accepts 1.0.0 and later patch versions of 1.0). */
const ACCEPTED_VERSION = /^1\.0(\.\d+)?$/;

const XAPI_ACCESS_KEY = 'lane:xapi-access';

/** The scopes that let a client read (GET, HEAD) a resource, and those that let it change it; one of them suffices. */
export interface XapiAccessRule {
  read: XapiScope[];
  write: XapiScope[];
}

/**
 * An LRS resource (a controller) that needs HTTP Basic credentials holding one of these scopes, by
 * the method the request stands for (the alternate syntax may make a POST a GET). Without it (the
 * about resource) it is open.
 */
export const XapiAccess = (rule: XapiAccessRule) => SetMetadata(XAPI_ACCESS_KEY, rule);

export type XapiRequest = AlternateAware & { xapiClient?: XapiClientCredential };

/** "Basic base64(key:secret)" into its two parts (the secret may itself hold colons). */
export function basicCredentials(header: string | undefined): { key: string; secret: string } | null {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header?.trim() ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return null;
  return { key: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/**
 * Every /xapi request: the version header on the answer, whatever it is; the alternate request
 * syntax turned into the request it stands for; then, for the resources that need it, the
 * client's version header, its HTTP Basic credentials (an admin-issued key and secret, not a
 * person's sign-in) and a scope the resource needs for that method.
 */
@Injectable()
export class XapiGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly clients: XapiClientsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<XapiRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    reply.header('X-Experience-API-Version', XAPI_VERSION);
    applyAlternateSyntax(request);
    const rule = this.reflector.get<XapiAccessRule | undefined>(XAPI_ACCESS_KEY, context.getClass());
    if (!rule) return true;
    const scopes = request.xapiMethod === 'GET' || request.xapiMethod === 'HEAD' ? rule.read : rule.write;
    if (!scopes.length) throw new MethodNotAllowedException(`This resource does not take ${request.xapiMethod}`);

    const version = request.headers['x-experience-api-version'];
    if (typeof version !== 'string' || !version) throw new BadRequestException('The X-Experience-API-Version header is required');
    if (!ACCEPTED_VERSION.test(version.trim())) throw new BadRequestException(`X-Experience-API-Version ${version} is not supported: this LRS speaks ${XAPI_VERSION}`);

    const credentials = basicCredentials(request.headers.authorization);
    const client = credentials ? await this.clients.authenticate(credentials.key, credentials.secret) : null;
    if (!client) {
      reply.header('WWW-Authenticate', 'Basic realm="Lane LRS", charset="UTF-8"');
      throw new UnauthorizedException('HTTP Basic credentials of an active xAPI client are required');
    }
    if (!scopes.some((scope) => client.scopes.includes(scope))) throw new ForbiddenException(`This client may not do this: it needs the ${scopes.join(' or ')} scope`);
    request.xapiClient = client;
    return true;
  }
}
