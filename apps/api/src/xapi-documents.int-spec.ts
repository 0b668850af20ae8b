import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startApi, type ApiHarness } from './testing/api-harness';

type Method = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';

const ACTIVITY = 'https://lane.mtc.gov.la/courses/email-safety';
const noy = { objectType: 'Agent', name: 'ນ້ອຍ', mbox: 'mailto:noy@mof.gov.la' };
const sha1 = (data: Buffer | string) => createHash('sha1').update(data).digest('hex');
const qs = (params: Record<string, unknown>) => new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();

/**
 * The Document Resources of the LRS (xAPI 1.0.3 Communication §2.2, §2.3, §2.6, §2.7), their
 * concurrency (§3.1), HEAD (§1.1) and the alternate request syntax (§1.3), against the real API
 * and PostgreSQL.
 */
describe('xAPI documents: State, Activity Profile and Agent Profile (real API and PostgreSQL)', () => {
  let api: ApiHarness;
  let ds: DataSource;
  let client: string;
  let statementsOnly: string;

  const lrs = (method: Method, path: string, params: Record<string, unknown>, options: { body?: Buffer | string | object; type?: string; headers?: Record<string, string>; auth?: string } = {}) => {
    const body = options.body === undefined ? undefined : Buffer.isBuffer(options.body) || typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    return api.request({
      method,
      url: `/xapi/${path}?${qs(params)}`,
      headers: {
        authorization: options.auth ?? client,
        'x-experience-api-version': '1.0.3',
        ...(body !== undefined ? { 'content-type': options.type ?? 'application/json' } : {}),
        ...options.headers,
      },
      ...(body !== undefined ? { payload: body } : {}),
    });
  };
  const state = (extra: Record<string, unknown> = {}) => ({ activityId: ACTIVITY, agent: noy, ...extra });

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    client = (await api.xapiClient(['statements/read', 'statements/write', 'state', 'profiles'])).authorization;
    statementsOnly = (await api.xapiClient(['statements/read', 'statements/write'])).authorization;
  });
  afterAll(() => api.close());

  it('§2.3 PUT stores a state document of any type and GET returns its bytes, type, SHA-1 ETag (§3.1.s4) and Last-Modified (§2.2.s6)', async () => {
    const bytes = randomBytes(300);
    const params = state({ stateId: 'video-position', registration: randomUUID() });
    expect((await lrs('PUT', 'activities/state', params, { body: bytes, type: 'application/octet-stream' })).statusCode).toBe(204);
    const got = await lrs('GET', 'activities/state', params);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(bytes)).toBe(true);
    expect(got.headers['content-type']).toBe('application/octet-stream');
    expect(got.headers.etag).toBe(`"${sha1(bytes)}"`);
    expect(new Date(String(got.headers['last-modified'])).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(got.headers['x-experience-api-version']).toBe('1.0.3');

    const text = 'ຕຳແໜ່ງ 12:30';
    expect((await lrs('PUT', 'activities/state', { ...params, stateId: 'note' }, { body: text, type: 'text/plain; charset=utf-8' })).statusCode).toBe(204);
    const note = await lrs('GET', 'activities/state', { ...params, stateId: 'note' });
    expect(note.payload).toBe(text);
    expect(note.headers['content-type']).toMatch(/^text\/plain/);
    expect(note.headers.etag).toBe(`"${sha1(text)}"`);
  });

  it('§1.1 answers HEAD as GET, without the body', async () => {
    const params = state({ stateId: 'head' });
    await lrs('PUT', 'activities/state', params, { body: { page: 4 } });
    const head = await lrs('HEAD', 'activities/state', params);
    expect(head.statusCode).toBe(200);
    expect(head.payload).toBe('');
    expect(head.headers.etag).toBe(`"${sha1('{"page":4}')}"`);
  });

  it('§2.2.s7 POST merges top-level properties into a stored JSON object, and creates the document when there is none', async () => {
    const params = state({ stateId: 'progress' });
    expect((await lrs('POST', 'activities/state', params, { body: { x: 'foo', y: 'bar' } })).statusCode).toBe(204);
    expect((await lrs('POST', 'activities/state', params, { body: { x: 'bash', z: { deep: 1 } } })).statusCode).toBe(204);
    const merged = await lrs('GET', 'activities/state', params);
    expect(merged.json()).toEqual({ x: 'bash', y: 'bar', z: { deep: 1 } });
    expect(merged.headers['content-type']).toMatch(/^application\/json/);
  });

  it('§2.2.s8 refuses with 400 a POST of something that is not a JSON object, or into a stored document that is not one, changing nothing', async () => {
    const params = state({ stateId: 'plain' });
    await lrs('PUT', 'activities/state', params, { body: 'just text', type: 'text/plain' });
    expect((await lrs('POST', 'activities/state', params, { body: { a: 1 } })).statusCode).toBe(400);
    expect((await lrs('GET', 'activities/state', params)).payload).toBe('just text');
    const json = state({ stateId: 'json' });
    await lrs('PUT', 'activities/state', json, { body: { a: 1 } });
    expect((await lrs('POST', 'activities/state', json, { body: 'a=2', type: 'text/plain' })).statusCode).toBe(400);
    expect((await lrs('POST', 'activities/state', json, { body: [1, 2] })).statusCode).toBe(400);
    expect((await lrs('GET', 'activities/state', json)).json()).toEqual({ a: 1 });
  });

  it('§2.3.s4 lists the state ids of an activity, agent and registration, those updated since an instant (exclusive) only when asked', async () => {
    const registration = randomUUID();
    const agent = { mbox: `mailto:${randomUUID()}@mof.gov.la` };
    const scope = { activityId: ACTIVITY, agent, registration };
    await lrs('PUT', 'activities/state', { ...scope, stateId: 'a' }, { body: { n: 1 } });
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await lrs('PUT', 'activities/state', { ...scope, stateId: 'b' }, { body: { n: 2 } });
    await lrs('PUT', 'activities/state', { activityId: ACTIVITY, agent, stateId: 'no-registration' }, { body: { n: 3 } });

    const all = await lrs('GET', 'activities/state', scope);
    expect(all.statusCode).toBe(200);
    expect(all.json()).toEqual(['a', 'b']);
    expect(all.headers.etag).toBe(`"${sha1(all.payload)}"`);
    expect(all.headers['last-modified']).toEqual(expect.any(String));
    expect((await lrs('GET', 'activities/state', { ...scope, since: between })).json()).toEqual(['b']);
    expect((await lrs('GET', 'activities/state', { activityId: ACTIVITY, agent })).json()).toEqual(['no-registration']);
    // The same agent named by the same IFI with another name is the same agent.
    expect((await lrs('GET', 'activities/state', { ...scope, agent: { ...agent, name: 'Other name', objectType: 'Agent' } })).json()).toEqual(['a', 'b']);
  });

  it('§2.3.s3, §2.3.s5 DELETE removes one state, or every state of the activity, agent and registration', async () => {
    const registration = randomUUID();
    const scope = state({ registration });
    await lrs('PUT', 'activities/state', { ...scope, stateId: 'one' }, { body: { n: 1 } });
    await lrs('PUT', 'activities/state', { ...scope, stateId: 'two' }, { body: { n: 2 } });
    await lrs('PUT', 'activities/state', state({ stateId: 'elsewhere' }), { body: { n: 3 } });
    expect((await lrs('DELETE', 'activities/state', { ...scope, stateId: 'one' })).statusCode).toBe(204);
    expect((await lrs('GET', 'activities/state', { ...scope, stateId: 'one' })).statusCode).toBe(404);
    expect((await lrs('GET', 'activities/state', scope)).json()).toEqual(['two']);
    expect((await lrs('DELETE', 'activities/state', scope)).statusCode).toBe(204);
    expect((await lrs('GET', 'activities/state', scope)).json()).toEqual([]);
    expect((await lrs('GET', 'activities/state', state({ stateId: 'elsewhere' }))).json()).toEqual({ n: 3 });
  });

  it('§2.3 and §3.2 refuse with 400 a bad activityId, agent, registration, a missing stateId, since beside a stateId, and an unknown parameter', async () => {
    const put = (params: Record<string, unknown>) => lrs('PUT', 'activities/state', params, { body: { a: 1 } });
    const before = (await ds.query(`SELECT count(*)::int AS n FROM xapi_documents`))[0].n;
    const refusals = [
      await put({ ...state({ stateId: 's' }), activityId: 'not an iri' }),
      await put({ activityId: ACTIVITY, agent: 'not json', stateId: 's' }),
      await put(state({ stateId: 's', agent: { mbox: 'mailto:a@b.la', openid: 'https://b.la/a' } })),
      await put(state({ stateId: 's', agent: { objectType: 'Group', mbox: 'mailto:team@mof.gov.la' } })),
      await put(state({ stateId: 's', registration: 'nope' })),
      await put(state()),
      await put(state({ stateId: 's', colour: 'red' })),
      await put({ agent: noy, stateId: 's' }),
      await lrs('GET', 'activities/state', state({ stateId: 's', since: new Date().toISOString() })),
      await lrs('GET', 'activities/state', state({ since: 'yesterday' })),
    ];
    expect(refusals.map((r) => r.statusCode)).toEqual(refusals.map(() => 400));
    expect(refusals[0].json().details).toEqual([expect.objectContaining({ path: 'activityId' })]);
    expect((await ds.query(`SELECT count(*)::int AS n FROM xapi_documents`))[0].n).toBe(before);
  });

  it('§3.1.s4 a profile PUT over an existing one needs If-Match or If-None-Match: 409 without, 412 when it fails, and nothing changes', async () => {
    const params = { activityId: ACTIVITY, profileId: `syllabus-${randomUUID()}` };
    expect((await lrs('PUT', 'activities/profile', params, { body: { v: 1 } })).statusCode).toBe(204);
    const first = await lrs('GET', 'activities/profile', params);
    const etag = String(first.headers.etag);

    const unguarded = await lrs('PUT', 'activities/profile', params, { body: { v: 2 } });
    expect(unguarded.statusCode).toBe(409);
    expect(unguarded.json().message).toMatch(/If-Match/);
    expect((await lrs('PUT', 'activities/profile', params, { body: { v: 2 }, headers: { 'if-match': '"0000000000000000000000000000000000000000"' } })).statusCode).toBe(412);
    expect((await lrs('PUT', 'activities/profile', params, { body: { v: 2 }, headers: { 'if-none-match': '*' } })).statusCode).toBe(412);
    expect((await lrs('GET', 'activities/profile', params)).json()).toEqual({ v: 1 });

    expect((await lrs('PUT', 'activities/profile', params, { body: { v: 2 }, headers: { 'if-match': etag } })).statusCode).toBe(204);
    expect((await lrs('GET', 'activities/profile', params)).json()).toEqual({ v: 2 });
    // The old ETag no longer matches: a stale writer is turned away, and so is a stale delete.
    expect((await lrs('POST', 'activities/profile', params, { body: { w: 3 }, headers: { 'if-match': etag } })).statusCode).toBe(412);
    expect((await lrs('DELETE', 'activities/profile', params, { headers: { 'if-match': etag } })).statusCode).toBe(412);
    expect((await lrs('GET', 'activities/profile', params)).json()).toEqual({ v: 2 });

    const fresh = { activityId: ACTIVITY, profileId: `new-${randomUUID()}` };
    expect((await lrs('PUT', 'activities/profile', fresh, { body: { v: 1 }, headers: { 'if-none-match': '*' } })).statusCode).toBe(204);
    expect((await lrs('PUT', 'activities/profile', { ...fresh, profileId: `absent-${randomUUID()}` }, { body: { v: 1 }, headers: { 'if-match': '*' } })).statusCode).toBe(412);
    expect((await lrs('DELETE', 'activities/profile', fresh, { headers: { 'if-match': `"${sha1('{"v":1}')}"` } })).statusCode).toBe(204);
    expect((await lrs('GET', 'activities/profile', fresh)).statusCode).toBe(404);
  });

  it('§3.1 two writers holding the same ETag: exactly one wins, the other gets 412', async () => {
    const params = { activityId: ACTIVITY, profileId: `race-${randomUUID()}` };
    await lrs('PUT', 'activities/profile', params, { body: { v: 0 } });
    const etag = String((await lrs('GET', 'activities/profile', params)).headers.etag);
    const writes = await Promise.all([1, 2, 3, 4].map((v) => lrs('PUT', 'activities/profile', params, { body: { v }, headers: { 'if-match': etag } })));
    expect(writes.map((w) => w.statusCode).sort()).toEqual([204, 412, 412, 412]);
  });

  it('§3.1.s3 the State Resource permits a PUT without concurrency headers, and still honours If-Match when given', async () => {
    const params = state({ stateId: `free-${randomUUID()}` });
    await lrs('PUT', 'activities/state', params, { body: { v: 1 } });
    expect((await lrs('PUT', 'activities/state', params, { body: { v: 2 } })).statusCode).toBe(204);
    expect((await lrs('PUT', 'activities/state', params, { body: { v: 3 }, headers: { 'if-match': `"${sha1('{"v":1}')}"` } })).statusCode).toBe(412);
    expect((await lrs('GET', 'activities/state', params)).json()).toEqual({ v: 2 });
  });

  it('§2.6 agent profiles: stored per agent, listed by id, an agent that is a Group refused', async () => {
    const agent = { account: { homePage: 'https://lane.mtc.gov.la', name: randomUUID() } };
    expect((await lrs('PUT', 'agents/profile', { agent, profileId: 'preferences' }, { body: { language: 'lo' } })).statusCode).toBe(204);
    expect((await lrs('POST', 'agents/profile', { agent, profileId: 'preferences' }, { body: { fontSize: 'large' } })).statusCode).toBe(204);
    expect((await lrs('GET', 'agents/profile', { agent, profileId: 'preferences' })).json()).toEqual({ language: 'lo', fontSize: 'large' });
    expect((await lrs('GET', 'agents/profile', { agent })).json()).toEqual(['preferences']);
    expect((await lrs('GET', 'agents/profile', { agent: { ...agent, objectType: 'Group' } })).statusCode).toBe(400);
    expect((await lrs('GET', 'agents/profile', { agent: noy, profileId: 'preferences' })).statusCode).toBe(404);
    // A profile is deleted one at a time: there is no bulk DELETE of profiles.
    expect((await lrs('DELETE', 'agents/profile', { agent })).statusCode).toBe(400);
  });

  it('§4.2 the documents need the state or profiles scope: a statements-only client gets 403', async () => {
    expect((await lrs('GET', 'activities/state', state({ stateId: 'x' }), { auth: statementsOnly })).statusCode).toBe(403);
    expect((await lrs('PUT', 'activities/profile', { activityId: ACTIVITY, profileId: 'x' }, { body: {}, auth: statementsOnly })).statusCode).toBe(403);
    expect((await lrs('GET', 'activities/state', state({ stateId: 'x' }), { auth: 'Basic bm86bm8=' })).statusCode).toBe(401);
  });

  it('§1.3 the alternate syntax: a form POST with ?method= stands for PUT, GET and DELETE, headers and parameters in the form', async () => {
    const stateId = `form-${randomUUID()}`;
    const form = (method: Method, fields: Record<string, string>) =>
      api.request({
        method: 'POST',
        url: `/xapi/activities/state?method=${method}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ Authorization: client, 'X-Experience-API-Version': '1.0.3', activityId: ACTIVITY, agent: JSON.stringify(noy), stateId, ...fields }).toString(),
      });
    const put = await form('PUT', { 'Content-Type': 'application/json', content: '{"bookmark":"ບົດທີ 3"}' });
    expect(put.statusCode).toBe(204);
    const got = await form('GET', {});
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual({ bookmark: 'ບົດທີ 3' });
    expect(got.headers.etag).toBe(`"${sha1('{"bookmark":"ບົດທີ 3"}')}"`);
    // HEAD answers as GET does, without the body.
    const head = await form('HEAD', {});
    expect(head.statusCode).toBe(200);
    expect(head.headers.etag).toBe(got.headers.etag);
    expect(head.body).toBe('');
    expect((await form('DELETE', {})).statusCode).toBe(204);
    expect((await form('GET', {})).statusCode).toBe(404);

    // Nothing but method may stay in the query string, and the credentials in the form are checked.
    const stray = await api.request({ method: 'POST', url: `/xapi/activities/state?method=GET&stateId=x`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'Authorization=' + encodeURIComponent(client) });
    expect(stray.statusCode).toBe(400);
    expect((await form('GET', { Authorization: 'Basic bm86bm8=' })).statusCode).toBe(401);
  });

  it('§1.3 the alternate syntax reaches statements too: PUT one, then GET it by a form', async () => {
    const id = randomUUID();
    const statement = { actor: noy, verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { en: 'experienced' } }, object: { id: ACTIVITY } };
    const fields = { Authorization: client, 'X-Experience-API-Version': '1.0.3' };
    const send = (method: Method, extra: Record<string, string>) =>
      api.request({ method: 'POST', url: `/xapi/statements?method=${method}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ ...fields, ...extra }).toString() });
    expect((await send('PUT', { statementId: id, 'Content-Type': 'application/json', content: JSON.stringify(statement) })).statusCode).toBe(204);
    const got = await send('GET', { statementId: id });
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({ id, verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' } });
    const listed = await send('GET', { verb: 'http://adlnet.gov/expapi/verbs/experienced' });
    expect(listed.json().statements.map((s: { id: string }) => s.id)).toContain(id);
    const head = await send('HEAD', { statementId: id });
    expect(head.statusCode).toBe(200);
    expect(head.headers['x-experience-api-consistent-through']).toBeDefined();
    expect(head.body).toBe('');
  });

  it('keeps refusing a body of an unknown type outside the LRS with 415', async () => {
    const res = await api.request({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/x-lane-test' }, payload: 'x' });
    expect(res.statusCode).toBe(415);
  });
});
