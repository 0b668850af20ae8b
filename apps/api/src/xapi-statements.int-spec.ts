import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { XapiClientCredentials } from '@lms/contracts';
import type { OrgUnit } from '@lms/server-org';
import { startApi, type ApiHarness } from './testing/api-harness';

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';
const statement = (extra: Record<string, unknown> = {}) => ({
  actor: { objectType: 'Agent', name: 'ນ້ອຍ', mbox: 'mailto:noy@mof.gov.la' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed', lo: 'ສຳເລັດ' } },
  object: { objectType: 'Activity', id: 'https://lane.mtc.gov.la/courses/email-safety', definition: { name: { lo: 'ອີເມວຢ່າງປອດໄພ' } } },
  ...extra,
});

/**
 * The statements resource of the LRS (xAPI 1.0.3 Communication §2.1), storing and reading
 * statements through HTTP Basic clients, against the real API and PostgreSQL.
 */
describe('xAPI statements: PUT, POST, GET by id and voiding (real API, PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let ds: DataSource;
  let unit: OrgUnit;
  let writer: string;
  let reader: string;
  let revoked: string;

  const basic = (c: XapiClientCredentials) => `Basic ${Buffer.from(`${c.key}:${c.secret}`).toString('base64')}`;
  const lrs = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown, auth = writer, version: string | null = '1.0.3') =>
    api.request({ method, url: `/xapi/statements${url}`, headers: { authorization: auth, ...(version ? { 'x-experience-api-version': version } : {}), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(payload !== undefined ? { payload: JSON.stringify(payload) } : {}) });

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    unit = await api.unit('MTC');
    await api.user('admin@mtc.gov.la', unit, ['admin']);
    const admin = (await api.login('admin@mtc.gov.la')).accessToken;
    const issue = async (scopes: string[]) => (await api.request({ method: 'POST', url: '/api/v1/xapi-clients', token: admin, payload: { name: `client ${scopes.join(' ')}`, scopes } })).json() as XapiClientCredentials;
    writer = basic(await issue(['statements/read', 'statements/write']));
    reader = basic(await issue(['statements/read']));
    const gone = await issue(['statements/write']);
    revoked = basic(gone);
    await api.request({ method: 'DELETE', url: `/api/v1/xapi-clients/${gone.id}`, token: admin });
  });
  afterAll(() => api.close());

  it('§2.1.1 PUT stores a statement under its id (204), and GET returns it as stored, with stored, authority and version', async () => {
    const id = randomUUID();
    const put = await lrs('PUT', `?statementId=${id}`, statement());
    expect(put.statusCode).toBe(204);
    expect(put.headers['x-experience-api-version']).toBe('1.0.3');
    const got = await lrs('GET', `?statementId=${id}`, undefined, reader);
    expect(got.statusCode).toBe(200);
    expect(got.headers['x-experience-api-consistent-through']).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    const stored = got.json();
    expect(stored).toMatchObject({ ...statement(), id, version: '1.0.0', stored: expect.any(String), timestamp: stored.stored, authority: { objectType: 'Agent', account: { homePage: expect.stringMatching(/\/xapi\/$/) } } });
  });

  it('§2.1.1 takes the same statement again without change, and refuses a different one with that id (409)', async () => {
    const id = randomUUID();
    const sent = statement({ timestamp: '2026-11-30T09:00:00+07:00' });
    expect((await lrs('PUT', `?statementId=${id}`, sent)).statusCode).toBe(204);
    const first = (await lrs('GET', `?statementId=${id}`)).json();
    expect((await lrs('PUT', `?statementId=${id}`, sent)).statusCode).toBe(204);
    expect((await lrs('POST', '', { ...sent, id })).json()).toEqual([id]);
    expect((await lrs('GET', `?statementId=${id}`)).json()).toEqual(first);
    expect((await lrs('PUT', `?statementId=${id}`, statement({ timestamp: '2026-11-30T10:00:00+07:00' }))).statusCode).toBe(409);
  });

  it('§2.1.1 refuses with 400 an id that differs from statementId, a missing or bad statementId, and an invalid statement, storing nothing', async () => {
    const before = (await ds.query(`SELECT count(*)::int AS n FROM xapi_statements`))[0].n;
    expect((await lrs('PUT', `?statementId=${randomUUID()}`, { ...statement(), id: randomUUID() })).statusCode).toBe(400);
    expect((await lrs('PUT', '', statement())).statusCode).toBe(400);
    expect((await lrs('PUT', '?statementId=nope', statement())).statusCode).toBe(400);
    const twoIfis = await lrs('PUT', `?statementId=${randomUUID()}`, statement({ actor: { mbox: 'mailto:a@b.la', openid: 'https://b.la/a' } }));
    expect(twoIfis.statusCode).toBe(400);
    expect(twoIfis.json().details).toEqual(expect.arrayContaining([expect.objectContaining({ statement: 0, path: expect.stringMatching(/^actor/) })]));
    expect((await ds.query(`SELECT count(*)::int AS n FROM xapi_statements`))[0].n).toBe(before);
  });

  it('§2.1.2 POST stores a batch all or nothing and answers the ids in order, assigning the missing ones', async () => {
    const given = randomUUID();
    const res = await lrs('POST', '', [statement({ id: given }), statement()]);
    expect(res.statusCode).toBe(200);
    const ids: string[] = res.json();
    expect(ids[0]).toBe(given);
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
    const single = await lrs('POST', '', statement());
    expect(single.json()).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/)]);

    const before = (await ds.query(`SELECT count(*)::int AS n FROM xapi_statements`))[0].n;
    expect((await lrs('POST', '', [statement(), statement({ verb: { id: 'not an iri' } })])).statusCode).toBe(400);
    const twice = randomUUID();
    expect((await lrs('POST', '', [statement({ id: twice }), statement({ id: twice })])).statusCode).toBe(400);
    expect((await lrs('POST', '', [])).statusCode).toBe(400);
    expect((await ds.query(`SELECT count(*)::int AS n FROM xapi_statements`))[0].n).toBe(before);
  });

  it('§2.1.4 voids a statement: it is then read only by voidedStatementId; a voiding statement cannot be voided', async () => {
    const [target] = (await lrs('POST', '', statement())).json();
    const voiding = (await lrs('POST', '', statement({ verb: { id: VOIDED, display: { 'en-US': 'voided' } }, object: { objectType: 'StatementRef', id: target } }))).json()[0];
    expect((await lrs('GET', `?statementId=${target}`)).statusCode).toBe(404);
    expect((await lrs('GET', `?voidedStatementId=${target}`)).json().id).toBe(target);
    expect((await lrs('GET', `?voidedStatementId=${voiding}`)).statusCode).toBe(404);
    expect((await lrs('GET', `?statementId=${voiding}`)).statusCode).toBe(200);
    const again = await lrs('POST', '', statement({ verb: { id: VOIDED, display: { 'en-US': 'voided' } }, object: { objectType: 'StatementRef', id: voiding } }));
    expect(again.statusCode).toBe(400);
    expect((await lrs('GET', `?statementId=${voiding}`)).statusCode).toBe(200);
  });

  it('§2.1.3 allows only attachments and format beside an id', async () => {
    const [id] = (await lrs('POST', '', statement())).json();
    expect((await lrs('GET', `?statementId=${id}&format=exact`)).statusCode).toBe(200);
    expect((await lrs('GET', `?statementId=${id}&verb=http://adlnet.gov/expapi/verbs/completed`)).statusCode).toBe(400);
    expect((await lrs('GET', `?statementId=${id}&voidedStatementId=${id}`)).statusCode).toBe(400);
    expect((await lrs('GET', `?statementId=${randomUUID()}`)).statusCode).toBe(404);
  });

  it('§6.2, §6.4 needs the version header, valid credentials of an active client, and the right scope', async () => {
    expect((await lrs('POST', '', statement(), writer, null)).statusCode).toBe(400);
    expect((await lrs('POST', '', statement(), reader)).statusCode).toBe(403);
    expect((await lrs('POST', '', statement(), revoked)).statusCode).toBe(401);
    const wrong = await lrs('POST', '', statement(), `Basic ${Buffer.from('lrs-nobody:nothing').toString('base64')}`);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['www-authenticate']).toMatch(/^Basic /);
    expect(wrong.headers['x-experience-api-version']).toBe('1.0.3');
  });

  it('Data §2.2 keeps statements immutable in the database itself: no update but voiding, no delete', async () => {
    const [id] = (await lrs('POST', '', statement())).json();
    await expect(ds.query(`UPDATE xapi_statements SET statement = '{}' WHERE id = $1`, [id])).rejects.toThrow(/immutable/);
    await expect(ds.query(`DELETE FROM xapi_statements WHERE id = $1`, [id])).rejects.toThrow(/never deleted/);
    await expect(ds.query(`UPDATE xapi_statements SET voided = true WHERE id = $1`, [id])).resolves.toBeDefined();
    await expect(ds.query(`UPDATE xapi_statements SET voided = false WHERE id = $1`, [id])).rejects.toThrow(/immutable/);
  });
});

describe('xAPI statement queries (real API, PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let auth: string;
  const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';
  const ATTEMPTED = 'http://adlnet.gov/expapi/verbs/attempted';
  const COURSE = 'https://lane.mtc.gov.la/courses/email-safety';
  const noy = { objectType: 'Agent', mbox: 'mailto:noy@mof.gov.la' };
  const somsack = { objectType: 'Agent', account: { homePage: 'https://lane.mtc.gov.la', name: 'MOF-1002' } };
  const registration = randomUUID();
  const ids: Record<string, string> = {};

  const get = (query: string, headers: Record<string, string> = {}) => api.request({ method: 'GET', url: `/xapi/statements${query}`, headers: { authorization: auth, 'x-experience-api-version': '1.0.3', ...headers } });
  const idsOf = (res: { json(): { statements: { id: string }[] } }) => res.json().statements.map((s) => s.id);
  const q = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

  beforeAll(async () => {
    api = await startApi();
    const unit = await api.unit('MTC');
    await api.user('admin@mtc.gov.la', unit, ['admin']);
    const admin = (await api.login('admin@mtc.gov.la')).accessToken;
    const client: XapiClientCredentials = (await api.request({ method: 'POST', url: '/api/v1/xapi-clients', token: admin, payload: { name: 'reports', scopes: ['statements/read', 'statements/write'] } })).json();
    auth = `Basic ${Buffer.from(`${client.key}:${client.secret}`).toString('base64')}`;
    const post = async (name: string, s: object) => {
      const res = await api.request({ method: 'POST', url: '/xapi/statements', headers: { authorization: auth, 'x-experience-api-version': '1.0.3', 'content-type': 'application/json' }, payload: JSON.stringify(s) });
      expect(res.statusCode).toBe(200);
      ids[name] = res.json()[0];
    };
    // Stored in this order, one request each, so stored time and storage order agree.
    await post('noyAttempted', statement({ actor: noy, verb: { id: ATTEMPTED }, context: { registration, contextActivities: { parent: { id: 'https://lane.mtc.gov.la/programmes/digital-basics' } } } }));
    await post('noyCompleted', statement({ actor: noy, verb: { id: COMPLETED, display: { 'en-US': 'completed', lo: 'ສຳເລັດ' } }, context: { registration } }));
    await post('somsackCompleted', statement({ actor: somsack, verb: { id: COMPLETED }, context: { instructor: noy } }));
    await post('aboutNoy', statement({ actor: somsack, verb: { id: 'http://adlnet.gov/expapi/verbs/mentored' }, object: noy }));
    await post('voided', statement({ actor: noy, verb: { id: COMPLETED }, object: { id: 'https://lane.mtc.gov.la/courses/ai' } }));
    await post('voiding', statement({ actor: somsack, verb: { id: VOIDED }, object: { objectType: 'StatementRef', id: ids.voided } }));
  });
  afterAll(() => api.close());

  it('lists every statement but voided ones, newest first, as a StatementResult', async () => {
    const res = await get('');
    expect(res.statusCode).toBe(200);
    expect(res.json().more).toBe('');
    expect(idsOf(res)).toEqual([ids.voiding, ids.aboutNoy, ids.somsackCompleted, ids.noyCompleted, ids.noyAttempted]);
    expect(idsOf(await get('?ascending=true'))).toEqual([ids.noyAttempted, ids.noyCompleted, ids.somsackCompleted, ids.aboutNoy, ids.voiding]);
  });

  it('filters by agent (actor or object), broadened by related_agents to instructor, team and authority', async () => {
    // The voiding statement targets a (voided) statement by Noy, so it comes along: a statement that
    // targets a match through a StatementRef is returned too (the StatementRef filter rule).
    expect(idsOf(await get(q({ agent: JSON.stringify(noy) })))).toEqual([ids.voiding, ids.aboutNoy, ids.noyCompleted, ids.noyAttempted]);
    expect(idsOf(await get(q({ agent: JSON.stringify({ mbox: 'mailto:noy@MOF.gov.la' }), related_agents: 'true' })))).toEqual([ids.voiding, ids.aboutNoy, ids.somsackCompleted, ids.noyCompleted, ids.noyAttempted]);
    expect(idsOf(await get(q({ agent: JSON.stringify(somsack) })))).toEqual([ids.voiding, ids.aboutNoy, ids.somsackCompleted]);
  });

  it('filters by verb, activity (broadened to context activities), registration, since and until', async () => {
    expect(idsOf(await get(q({ verb: COMPLETED })))).toEqual([ids.voiding, ids.somsackCompleted, ids.noyCompleted]);
    expect(idsOf(await get(q({ activity: 'https://lane.mtc.gov.la/programmes/digital-basics' })))).toEqual([]);
    expect(idsOf(await get(q({ activity: 'https://lane.mtc.gov.la/programmes/digital-basics', related_activities: 'true' })))).toEqual([ids.noyAttempted]);
    expect(idsOf(await get(q({ activity: COURSE, verb: COMPLETED })))).toEqual([ids.somsackCompleted, ids.noyCompleted]);
    expect(idsOf(await get(q({ registration })))).toEqual([ids.noyCompleted, ids.noyAttempted]);
    // since is exclusive, until inclusive, both on stored: exactly the statements on each side of one instant.
    const all = (await get('?ascending=true')).json().statements as { id: string; stored: string }[];
    const at = all[1].stored;
    const after = all.filter((s) => s.stored > at).map((s) => s.id);
    expect(after.length).toBeGreaterThan(0);
    expect(idsOf(await get(q({ since: at, ascending: 'true' })))).toEqual(after);
    expect(idsOf(await get(q({ until: at, ascending: 'true' })))).toEqual(all.filter((s) => s.stored <= at).map((s) => s.id));
  });

  it('pages with limit and a more link that carries the query on', async () => {
    const first = await get(q({ limit: '2' }));
    expect(idsOf(first)).toEqual([ids.voiding, ids.aboutNoy]);
    const more: string = first.json().more;
    expect(more).toMatch(/^\/xapi\/statements\?more=/);
    const second = await get(more.slice('/xapi/statements'.length));
    expect(idsOf(second)).toEqual([ids.somsackCompleted, ids.noyCompleted]);
    const third = await get(second.json().more.slice('/xapi/statements'.length));
    expect([idsOf(third), third.json().more]).toEqual([[ids.noyAttempted], '']);
    expect((await get('?more=garbage')).statusCode).toBe(400);
    expect((await get(`${more.slice('/xapi/statements'.length)}&limit=1`)).statusCode).toBe(400);
  });

  it('§2.5 and §2.6 answer an Activity with its newest definition, and a Person with the names statements gave', async () => {
    const lookup = (url: string) => api.request({ method: 'GET', url, headers: { authorization: auth, 'x-experience-api-version': '1.0.3' } });
    const activity = await lookup(`/xapi/activities?${new URLSearchParams({ activityId: COURSE })}`);
    expect([activity.statusCode, activity.json()]).toEqual([200, { objectType: 'Activity', id: COURSE, definition: { name: { lo: 'ອີເມວຢ່າງປອດໄພ' } } }]);
    expect((await lookup(`/xapi/activities?${new URLSearchParams({ activityId: 'https://lane.mtc.gov.la/never' })}`)).json()).toEqual({ objectType: 'Activity', id: 'https://lane.mtc.gov.la/never' });
    for (const bad of ['/xapi/activities', '/xapi/activities?activityId=not%20an%20iri', `/xapi/activities?activityId=${encodeURIComponent(COURSE)}&verb=x`]) expect((await lookup(bad)).statusCode).toBe(400);

    const named = { ...somsack, name: 'Somsack Inthavong' };
    const stored = await api.request({ method: 'POST', url: '/xapi/statements', headers: { authorization: auth, 'x-experience-api-version': '1.0.3', 'content-type': 'application/json' }, payload: JSON.stringify(statement({ actor: named })) });
    expect(stored.statusCode).toBe(200);
    const person = await lookup(`/xapi/agents?${new URLSearchParams({ agent: JSON.stringify(somsack) })}`);
    expect([person.statusCode, person.json()]).toEqual([200, { objectType: 'Person', name: ['Somsack Inthavong'], account: [somsack.account] }]);
    for (const bad of ['/xapi/agents', '/xapi/agents?agent=noy', `/xapi/agents?agent=${encodeURIComponent(JSON.stringify({ name: 'no ifi' }))}`]) expect((await lookup(bad)).statusCode).toBe(400);
  });

  it('answers format=ids and format=canonical (in the Accept-Language), and refuses bad queries with 400', async () => {
    const ids_ = (await get(q({ format: 'ids', registration }))).json().statements[0];
    expect(ids_.verb).toEqual({ id: COMPLETED });
    expect(ids_.object).toEqual({ objectType: 'Activity', id: COURSE });
    const lao = (await get(`?statementId=${ids.noyCompleted}&format=canonical`, { 'accept-language': 'lo' })).json();
    expect(lao.verb.display).toEqual({ lo: 'ສຳເລັດ' });
    for (const bad of [{ verbs: COMPLETED }, { agent: 'noy' }, { since: 'yesterday' }, { limit: '-3' }, { format: 'full' }, { registration: 'r1' }] as Record<string, string>[]) {
      expect((await get(q(bad))).statusCode).toBe(400);
    }
  });
});
