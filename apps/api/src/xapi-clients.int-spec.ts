import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Page, XapiClientCredentials, XapiClientView } from '@lms/contracts';
import type { OrgUnit } from '@lms/server-org';
import { startApi, type ApiHarness } from './testing/api-harness';

/**
 * The credentials other systems use for the xAPI LRS: issued, listed and revoked by admins
 * (CONTRACT.md § xAPI), with the LRS's open about resource, against the real API and PostgreSQL.
 */
describe('xAPI clients and the LRS about resource (real API, PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let ds: DataSource;
  let unit: OrgUnit;
  const tokens: Record<'admin' | 'learner', string> = { admin: '', learner: '' };
  let adminId: string;

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, token: string, payload?: object) => api.request({ method, url: `/api/v1${url}`, token, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    unit = await api.unit('MTC');
    adminId = (await api.user('admin@mtc.gov.la', unit, ['admin'])).id;
    await api.user('noy@mtc.gov.la', unit);
    tokens.admin = (await api.login('admin@mtc.gov.la')).accessToken;
    tokens.learner = (await api.login('noy@mtc.gov.la')).accessToken;
  });
  afterAll(() => api.close());

  it('issues a key and a secret once, keeps only the secret’s SHA-256, and audits it', async () => {
    const res = await call('POST', '/xapi-clients', tokens.admin, { name: '  MOF HR system ', scopes: ['statements/read', 'statements/write'] });
    expect(res.statusCode).toBe(201);
    const made: XapiClientCredentials = res.json();
    expect(made).toEqual({ id: expect.any(String), key: expect.stringMatching(/^lrs-[A-Za-z0-9_-]{16}$/), secret: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    const [row] = await ds.query(`SELECT name, encode(secret_sha256, 'hex') AS hash, scopes FROM xapi_clients WHERE id = $1`, [made.id]);
    expect(row).toEqual({ name: 'MOF HR system', hash: createHash('sha256').update(made.secret).digest('hex'), scopes: ['statements/read', 'statements/write'] });
    expect(JSON.stringify(await ds.query(`SELECT * FROM xapi_clients`))).not.toContain(made.secret);
    const audit = await ds.query(`SELECT actor_id AS "actorId", details->>'key' AS key FROM audit_log WHERE action = 'xapi.client.created' AND subject_id = $1`, [made.id]);
    expect(audit).toEqual([{ actorId: adminId, key: made.key }]);

    const listed: Page<XapiClientView> = (await call('GET', '/xapi-clients', tokens.admin)).json();
    expect(listed.items).toEqual([{ id: made.id, name: 'MOF HR system', key: made.key, scopes: ['statements/read', 'statements/write'], createdAt: expect.any(String), revokedAt: null, lastUsedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain(made.secret);
  });

  it('refuses bad requests and everyone but admins', async () => {
    const refused = async (body: object, token = tokens.admin) => (await call('POST', '/xapi-clients', token, body)).statusCode;
    expect(await refused({ name: 'x', scopes: ['statements/read'] }, tokens.learner)).toBe(403);
    expect((await api.request({ method: 'POST', url: '/api/v1/xapi-clients', payload: { name: 'x', scopes: ['state'] } })).statusCode).toBe(401);
    expect(await refused({ name: 'x', scopes: [] })).toBe(400);
    expect(await refused({ name: 'x', scopes: ['all'] })).toBe(400);
    expect(await refused({ name: 'x', scopes: ['state', 'state'] })).toBe(400);
    expect(await refused({ name: '   ', scopes: ['state'] })).toBe(400);
    expect(await refused({ name: 'x', scopes: ['state'], secret: 'mine' })).toBe(400);
    expect((await call('GET', '/xapi-clients', tokens.learner)).statusCode).toBe(403);
  });

  it('revokes a client once, audited; a second time is 409 and an unknown one 404', async () => {
    const made: XapiClientCredentials = (await call('POST', '/xapi-clients', tokens.admin, { name: 'Partner LRS', scopes: ['profiles'] })).json();
    expect((await call('DELETE', `/xapi-clients/${made.id}`, tokens.learner)).statusCode).toBe(403);
    expect((await call('DELETE', `/xapi-clients/${made.id}`, tokens.admin)).statusCode).toBe(204);
    const again = await call('DELETE', `/xapi-clients/${made.id}`, tokens.admin);
    expect([again.statusCode, again.json().details[0]?.code]).toEqual([409, 'xapi.client-revoked']);
    const unknown = await call('DELETE', '/xapi-clients/00000000-0000-4000-8000-000000000000', tokens.admin);
    expect([unknown.statusCode, unknown.json().details[0]?.code]).toEqual([404, 'xapi.client-not-found']);
    expect((await call('DELETE', '/xapi-clients/nope', tokens.admin)).statusCode).toBe(400);
    const listed: Page<XapiClientView> = (await call('GET', '/xapi-clients', tokens.admin)).json();
    expect(listed.items.find((c) => c.id === made.id)?.revokedAt).toEqual(expect.any(String));
    expect(await ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'xapi.client.revoked' AND subject_id = $1`, [made.id])).toEqual([{ n: 1 }]);
  });

  it('tells admins, and only them, that forwarding to another LRS is off when XAPI_FORWARD_URL is not set', async () => {
    const off = await call('GET', '/xapi-forwarding', tokens.admin);
    expect(off.statusCode).toBe(200);
    expect(off.json()).toEqual({ endpoint: null, forwarded: 0, pending: 0, failures: 0, lastError: null, lastSuccessAt: null, nextAttemptAt: null });
    expect((await call('GET', '/xapi-forwarding', tokens.learner)).statusCode).toBe(403);
  });

  it('answers GET /xapi/about to anyone, outside /api/v1, with the version header (Communication §2.8, §6.2)', async () => {
    const about = await api.request({ method: 'GET', url: '/xapi/about' });
    expect(about.statusCode).toBe(200);
    expect(about.headers['x-experience-api-version']).toBe('1.0.3');
    expect(about.json()).toEqual({ version: ['1.0.3'], extensions: {} });
    expect((await api.request({ method: 'GET', url: '/api/v1/xapi/about' })).statusCode).toBe(404);
  });
});
