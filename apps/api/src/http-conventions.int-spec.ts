import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { findHandlersWithoutPolicy } from '@lms/server-core';
import { startApi, type ApiHarness } from './testing/api-harness';

describe('HTTP conventions (real app, real PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let token: string;

  beforeAll(async () => {
    api = await startApi();
    const unit = await api.unit('MTC');
    await api.user('admin@mtc.gov.la', unit, ['admin']);
    token = (await api.login('admin@mtc.gov.la')).accessToken;
  });
  afterAll(() => api.close());

  it('reports health with both dependencies up', async () => {
    const res = await api.request({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  });

  it('answers 503 naming Redis when Redis cannot be reached', async () => {
    const down = await startApi({ redisUrl: 'redis://127.0.0.1:1' });
    try {
      const res = await down.request({ method: 'GET', url: '/api/v1/health' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'degraded', db: 'up', redis: 'down' });
    } finally {
      await down.close();
    }
  });

  it('answers malformed JSON with a 400 in the contract’s error shape', async () => {
    const res = await api.request({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"login": "a",' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.any(String), details: expect.any(Array) });
  });

  it('refuses unknown fields with a 400 that names them', async () => {
    const res = await api.request({ method: 'PATCH', url: '/api/v1/me', token, payload: { displayName: 'x', isAdmin: true } });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([{ field: 'isAdmin', messages: ['property isAdmin should not exist'] }]);
  });

  it('refuses an oversized body with a 413', async () => {
    const res = await api.request({ method: 'PATCH', url: '/api/v1/me', token, payload: { displayName: 'x'.repeat(api.config.bodyLimitBytes + 10) } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });

  it('refuses a page size over 100', async () => {
    const res = await api.request({ method: 'GET', url: '/api/v1/users?pageSize=101', token });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('pageSize');
  });

  it('echoes a well-formed request id and makes one otherwise', async () => {
    const given = await api.request({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': 'trace-abc-12345' } });
    expect(given.headers['x-request-id']).toBe('trace-abc-12345');
    const made = await api.request({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': '<script>' } });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers and answers CORS only for configured origins', async () => {
    const res = await api.request({ method: 'GET', url: '/api/v1/health', headers: { origin: 'http://localhost:5173' } });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    const other = await api.request({ method: 'GET', url: '/api/v1/health', headers: { origin: 'https://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const doc = await api.request({ method: 'GET', url: '/api/docs-json' });
    expect(doc.statusCode).toBe(200);
    const paths = Object.keys(doc.json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/health', '/api/v1/auth/login', '/api/v1/users/import', '/api/v1/org-units', '/api/v1/me/password']));
    const ui = await api.request({ method: 'GET', url: '/api/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });

  it('answers unknown routes with a 404 in the error shape', async () => {
    const res = await api.request({ method: 'GET', url: '/api/v1/nothing-here', token });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ statusCode: 404, error: 'Not Found', details: [] });
  });

  it('has an access policy on every handler', () => {
    expect(findHandlersWithoutPolicy(api.app.get(DiscoveryService), api.app.get(MetadataScanner), api.app.get(Reflector))).toEqual([]);
  });
});

describe('first admin from the environment', () => {
  it('is created when the API starts, once, and can sign in', async () => {
    const admin = { email: 'first.admin@mtc.gov.la', password: 'a long private passphrase' };
    const api = await startApi({ admin });
    try {
      const session = await api.login(admin.email, admin.password);
      const me = await api.request({ method: 'GET', url: '/api/v1/me', token: session.accessToken });
      expect(me.json()).toMatchObject({ email: admin.email, roles: ['learner', 'admin'] });
      await api.app.close();
      const again = await startApi({ admin, databaseUrl: api.db.url });
      const list = await again.request({ method: 'GET', url: `/api/v1/users?q=first.admin`, token: (await again.login(admin.email, admin.password)).accessToken });
      expect(list.json().total).toBe(1);
      await again.app.close();
    } finally {
      await api.db.drop();
    }
  });
});
