import { BadRequestException, ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { XapiClientCredential } from '../clients/xapi-clients.repository';
import type { XapiClientsService } from '../clients/xapi-clients.service';
import { basicCredentials, XapiAccess, XapiGuard, type XapiRequest } from './xapi-guard';

const client: XapiClientCredential = { id: 'c1', name: 'MOF', secretSha256: Buffer.alloc(32), scopes: ['statements/read'], revoked: false, lastUsedAt: null };
/** Accepts only key "k" with secret "s:with:colons". */
const clients = { authenticate: async (key: string, secret: string) => (key === 'k' && secret === 's:with:colons' ? client : null) } as unknown as XapiClientsService;

@XapiAccess({ read: ['statements/read'], write: ['statements/write'] })
class Resource {}
class Open {}

/** A request to Resource: 'read' is a GET, 'write' a PUT; 'open' goes to a resource without XapiAccess. */
function contextFor(kind: 'read' | 'write' | 'open', headers: Record<string, string>, extra: Partial<XapiRequest> = {}) {
  const replyHeaders: Record<string, string> = {};
  const request = { method: kind === 'write' ? 'PUT' : 'GET', query: {}, headers, ...extra } as unknown as XapiRequest;
  const context = {
    getHandler: () => () => undefined,
    getClass: () => (kind === 'open' ? Open : Resource),
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

  it('§1.3 reads a POST with ?method= as the request it stands for: headers, parameters and content from the form', async () => {
    const form = { 'X-Experience-API-Version': '1.0.3', Authorization: basic('k:s:with:colons'), 'Content-Type': 'application/json', verb: 'http://adlnet.gov/expapi/verbs/completed', content: '{"a":1}' };
    const { context, request } = contextFor('write', { 'content-type': 'application/x-www-form-urlencoded' }, { method: 'POST', query: { method: 'GET' }, body: form });
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(request.xapiMethod).toBe('GET');
    expect(request.query).toEqual({ verb: 'http://adlnet.gov/expapi/verbs/completed' });
    expect(request.body).toEqual({ a: 1 });
    expect(request.rawBody?.toString()).toBe('{"a":1}');
    expect(request.headers['content-type']).toBe('application/json');
    // The method decides the scope: this read-only client may not PUT that way.
    const put = contextFor('write', { 'content-type': 'application/x-www-form-urlencoded' }, { method: 'POST', query: { method: 'PUT' }, body: { ...form, statementId: 'x' } });
    await expect(guard.canActivate(put.context)).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('§1.3 refuses other query parameters beside method, an unknown method, and a body that is not a form, with 400', async () => {
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    await expect(guard.canActivate(contextFor('write', headers, { method: 'POST', query: { method: 'GET', verb: 'x' }, body: {} }).context)).rejects.toBeInstanceOf(BadRequestException);
    await expect(guard.canActivate(contextFor('write', headers, { method: 'POST', query: { method: 'PATCH' }, body: {} }).context)).rejects.toBeInstanceOf(BadRequestException);
    await expect(guard.canActivate(contextFor('write', { 'content-type': 'application/json' }, { method: 'POST', query: { method: 'GET' }, body: {} }).context)).rejects.toBeInstanceOf(BadRequestException);
    await expect(guard.canActivate(contextFor('write', headers, { method: 'POST', query: { method: 'PUT' }, body: { 'Content-Type': 'application/json', content: '{nope' } }).context)).rejects.toBeInstanceOf(BadRequestException);
  });
});
