import { BadRequestException, ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { XapiClientCredential } from '../clients/xapi-clients.repository';
import type { XapiClientsService } from '../clients/xapi-clients.service';
import { basicCredentials, XapiGuard, XapiScopes, type XapiRequest } from './xapi-guard';

const client: XapiClientCredential = { id: 'c1', name: 'MOF', secretSha256: Buffer.alloc(32), scopes: ['statements/read'], revoked: false, lastUsedAt: null };
/** Accepts only key "k" with secret "s:with:colons". */
const clients = { authenticate: async (key: string, secret: string) => (key === 'k' && secret === 's:with:colons' ? client : null) } as unknown as XapiClientsService;

class Resource {
  @XapiScopes('statements/read')
  read() {}
  @XapiScopes('statements/write')
  write() {}
  open() {}
}

function contextFor(handler: keyof Resource, headers: Record<string, string>) {
  const replyHeaders: Record<string, string> = {};
  const request = { headers } as unknown as XapiRequest;
  const context = {
    getHandler: () => Resource.prototype[handler],
    getClass: () => Resource,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => ({ header: (name: string, value: string) => (replyHeaders[name] = value) }) }),
  } as unknown as ExecutionContext;
  return { context, request, replyHeaders };
}

const basic = (text: string) => `Basic ${Buffer.from(text).toString('base64')}`;
const guard = new XapiGuard(new Reflector(), clients);

describe('the LRS guard (xAPI 1.0.3 Communication §6.2 versioning, §6.4 security)', () => {
  it('splits Basic credentials at the first colon only, and refuses what is not Basic', () => {
    expect(basicCredentials(basic('k:s:with:colons'))).toEqual({ key: 'k', secret: 's:with:colons' });
    expect(basicCredentials(basic(':secret'))).toBeNull();
    expect(basicCredentials(basic('no-colon'))).toBeNull();
    expect(basicCredentials('Bearer abc')).toBeNull();
    expect(basicCredentials(undefined)).toBeNull();
  });

  it('§6.2 sends X-Experience-API-Version 1.0.3 on every answer, the open about resource included', async () => {
    const { context, replyHeaders } = contextFor('open', {});
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(replyHeaders['X-Experience-API-Version']).toBe('1.0.3');
  });

  it('§6.2 refuses a request without the version header, or with a version other than 1.0.x, with 400', async () => {
    const missing = contextFor('read', { authorization: basic('k:s:with:colons') });
    await expect(guard.canActivate(missing.context)).rejects.toBeInstanceOf(BadRequestException);
    expect(missing.replyHeaders['X-Experience-API-Version']).toBe('1.0.3');
    for (const version of ['0.95', '1.1.0', '2.0.0', 'abc']) {
      await expect(guard.canActivate(contextFor('read', { 'x-experience-api-version': version, authorization: basic('k:s:with:colons') }).context)).rejects.toBeInstanceOf(BadRequestException);
    }
    for (const version of ['1.0', '1.0.0', '1.0.3', '1.0.9']) {
      await expect(guard.canActivate(contextFor('read', { 'x-experience-api-version': version, authorization: basic('k:s:with:colons') }).context)).resolves.toBe(true);
    }
  });

  it('§6.4 asks for Basic credentials with 401 and WWW-Authenticate, and keeps the client on the request', async () => {
    const wrong = contextFor('read', { 'x-experience-api-version': '1.0.3', authorization: basic('k:wrong') });
    await expect(guard.canActivate(wrong.context)).rejects.toBeInstanceOf(UnauthorizedException);
    expect(wrong.replyHeaders['WWW-Authenticate']).toMatch(/^Basic realm=/);
    await expect(guard.canActivate(contextFor('read', { 'x-experience-api-version': '1.0.3' }).context)).rejects.toBeInstanceOf(UnauthorizedException);
    const right = contextFor('read', { 'x-experience-api-version': '1.0.3', authorization: basic('k:s:with:colons') });
    await guard.canActivate(right.context);
    expect(right.request.xapiClient).toBe(client);
  });

  it('refuses a client without the scope the resource needs, with 403', async () => {
    await expect(guard.canActivate(contextFor('write', { 'x-experience-api-version': '1.0.3', authorization: basic('k:s:with:colons') }).context)).rejects.toBeInstanceOf(ForbiddenException);
  });
});
