import { randomUUID } from 'node:crypto';
import type { OpenAPIObject, ParameterObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import type { LightMyRequestResponse } from 'fastify';
import type { XapiScope } from '@lms/contracts';
import { scormFixtureZip } from '@lms/server-testing';
import { multipartFile, startApi, type ApiHarness } from '../testing/api-harness';
import {
  EXTRA_PROPERTIES,
  edgeValues,
  isClosedObject,
  nestedObjectPaths,
  nounOf,
  plausible,
  propertyPaths,
  resolve,
  withValueAt,
  wrongTypes,
  type IdFor,
  type Json,
  type JsonObject,
  type JsonPath,
} from './openapi-values';

/**
 * Issue 11: every operation in the API's own OpenAPI document, read from the running app, gets
 * bodies and parameters that break its schema: properties the schema does not have (mass
 * assignment), properties of the wrong type, JSON nested 10,000 deep, bodies over the limit,
 * malformed JSON, the wrong content type, and ill-typed path and query parameters. No answer may
 * be a 500, and a body that breaks its schema may not be taken. A new endpoint is covered
 * without touching this file. Each test collects every offender and fails once, listing them
 * all. docs/security.md maps the cases to OWASP API3, API4 and API8:2023 and to ASVS 5.0.
 *
 * Path parameters are random UUIDs, and for a second pass the ids of resources made in
 * beforeAll (a course with a lesson, a quiz and a SCORM item, a learner's attempt…), so that
 * what the handler checks after the validation pipe is reached too.
 *
 * Not sent everywhere, and why:
 * - The xAPI resources (/xapi/…) declare no JSON schema in the document: a statement is the
 *   xAPI specification's, checked by xapi-statements.int-spec.ts. They get the deep, oversized,
 *   malformed and ill-typed requests like every other operation, with an xAPI client's
 *   credentials, and a statement nested deep where the specification allows any JSON.
 * - Multipart uploads (users import, course packages, attachments, SCORM) are refused a JSON body
 *   here; what they take is covered by their upload tests. The other way round, a multipart body
 *   sent to a JSON route whose properties are all optional is answered 200 and changes nothing
 *   (the route sees no body at all): only a 500 counts there.
 * - Bodies whose schema declares no properties (a question, validated by its type in
 *   validate-question.ts) must refuse intruders, but may do so for a missing `type` without
 *   naming them: the document gives no way to build a valid one.
 */
type Method = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
type Caller = 'admin' | 'learner';
type Ids = 'random' | 'fixture';
interface Operation {
  method: Method;
  path: string;
  /** `POST /api/v1/users`, as offenders are listed. */
  name: string;
  parameters: ParameterObject[];
  json?: SchemaObject | ReferenceObject;
  /** Its only body is a file upload. */
  multipart: boolean;
}
interface Call {
  as?: Caller;
  ids?: Ids;
  body?: Json;
  /** Sent as it is, instead of `body`. */
  payload?: string | Buffer;
  contentType?: string | null;
  query?: string;
  /** Path parameters given as they are (already URL-encoded). */
  pathValues?: Record<string, string>;
}

const METHODS: Method[] = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'];
const WRITES = new Set<Method>(['PUT', 'POST', 'DELETE', 'PATCH']);
const XAPI_SCOPES: XapiScope[] = ['statements/read', 'statements/write', 'state', 'profiles'];
const DEPTH = 10_000;
const DEEP_ARRAYS = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
const DEEP_OBJECTS = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
const MALFORMED = ['{"title": "x",', '{"title": "x",}', "{'title': 'x'}", '[1, 2', '{"a": 01}', '\u0000', 'undefined', '{"__proto__": {"isAdmin": true}}', '{"constructor": {"prototype": {"isAdmin": true}}}'];
const WRONG_CONTENT_TYPES = ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=lane-fuzz', 'application/octet-stream', null];
const PATH_VALUES = ['not-a-uuid', '0', '-1', '%00', '..%2F..%2Fetc%2Fpasswd', '%E0%A4%A', '%27%20OR%20%271%27%3D%271', 'x'.repeat(300)];
const UNKNOWN_QUERY = `isAdmin=true&orgUnitId=not-a-uuid&roles=admin&__proto__=x&constructor[prototype][isAdmin]=1&page[]=1&${'k'.repeat(1000)}=v`;
/** Who calls with which ids: each test takes the ones it needs. */
const CALLS: { as: Caller; ids: Ids }[] = [
  { as: 'admin', ids: 'random' },
  { as: 'admin', ids: 'fixture' },
  { as: 'learner', ids: 'random' },
  { as: 'learner', ids: 'fixture' },
];
const COURSE = { title: 'Fuzz target', summary: 'A course the fuzzer may change.', category: 'cybersecurity', locale: 'en', level: 'beginner' };

/** What a path parameter is the id of: `{id}` of the collection before it, `{questionId}` of its own name; `{name}` and `{code}` are no ids. */
function idNoun(path: string, name: string): string | undefined {
  const segments = path.split('/');
  if (name === 'id') return segments[segments.indexOf('{id}') - 1];
  return /Id$/.test(name) ? name : undefined;
}

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const join = (path: JsonPath) => path.join('.');

/** Query values a parameter of this schema must survive; the schema says what kind of wrong. */
function queryValues(schema: SchemaObject): string[] {
  if (schema.type === 'number' || schema.type === 'integer') return ['abc', '-1', '0', '1.5', '1e309', '99999999999999999999', '0x10', ''];
  if (schema.type === 'boolean') return ['maybe', '1', ''];
  if (schema.format === 'uuid') return ['not-a-uuid', "x' OR '1'='1", '00000000-0000-0000-0000-000000000000'];
  return ['', '\u0000', 'x'.repeat(5_000), "' OR '1'='1", '2026-02-30', '+275760-09-13', 'not-a-date', ...(schema.enum ? ['NOT-IN-THE-ENUM'] : [])];
}

describe('OpenAPI fuzzing: every operation, bodies and parameters that break the schema (real app, PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let doc: OpenAPIObject;
  let operations: Operation[];
  let xapiAuthorization: string;
  const tokens: Record<Caller, string> = { admin: '', learner: '' };
  const emails: Record<Caller, string> = { admin: 'admin@fuzz.gov.la', learner: 'learner@fuzz.gov.la' };
  /** Resources made in beforeAll, by noun (see nounOf): `courses/{id}` and `courseId` both find the course. */
  const fixture: Record<string, string> = {};

  const jsonOps = () => operations.filter((op) => op.json);
  const writeOps = () => operations.filter((op) => WRITES.has(op.method));
  const idsFor = (ids: Ids): IdFor => (ids === 'fixture' ? (name) => fixture[nounOf(name)] ?? randomUUID() : () => randomUUID());

  function url(op: Operation, call: Call): string {
    const idFor = idsFor(call.ids ?? 'random');
    const filled = op.path.split('/').map((segment) => {
      const name = /^\{(.+)\}$/.exec(segment)?.[1];
      if (!name) return segment;
      if (call.pathValues?.[name] !== undefined) return call.pathValues[name];
      const noun = idNoun(op.path, name);
      return noun ? idFor(noun) : 'plausible-text';
    });
    return `${filled.join('/')}${call.query ? `?${call.query}` : ''}`;
  }

  function send(op: Operation, call: Call): Promise<LightMyRequestResponse> {
    const xapi = op.path.startsWith('/xapi/');
    const headers: Record<string, string> = xapi ? { authorization: xapiAuthorization, 'x-experience-api-version': '1.0.3' } : {};
    let payload: string | Buffer | undefined = call.payload;
    if (call.body !== undefined) payload = JSON.stringify(call.body);
    if (payload !== undefined && call.contentType !== null) headers['content-type'] = call.contentType ?? 'application/json';
    return api.request({ method: op.method, url: url(op, call), headers, payload, token: xapi ? undefined : tokens[call.as ?? 'admin'] });
  }

  /** The body the schema asks for, with plausible values: the start of every body below. */
  const baseBody = (op: Operation, ids: Ids): JsonObject => {
    const body = plausible(doc, op.json, '', idsFor(ids));
    return isObject(body) ? body : {};
  };

  const label = (op: Operation, call: Call, what: string) => `${op.name} (${call.as ?? 'admin'}, ${call.ids ?? 'random'} ids, ${what})`;
  const problemsText = (res: LightMyRequestResponse): string => {
    try {
      const body = res.json();
      return `${String(body.message)} ${JSON.stringify(body.details ?? [])}`;
    } catch {
      return res.body;
    }
  };

  /** A 4xx, and when it is a 400, one that names every intruder (at its path inside the body). */
  function refusesNaming(offenders: string[], res: LightMyRequestResponse, where: string, intruders: string[], prefix: JsonPath, mustName: boolean): void {
    if (res.statusCode < 400 || res.statusCode >= 500) {
      offenders.push(`${where} → ${res.statusCode}${res.statusCode < 400 ? `: took ${intruders.join(', ')}` : ''}`);
      return;
    }
    if (res.statusCode !== 400 || !mustName) return;
    const text = problemsText(res);
    const at = prefix.map((step) => (step === 0 ? '\\[?0\\]?' : escape(step))).join('\\.?');
    const unnamed = intruders.filter((key) => !new RegExp(`(^|[^\\w.])${at ? `${at}\\.` : ''}${escape(key)}\\b`).test(text));
    if (unnamed.length) offenders.push(`${where} → 400 without naming ${unnamed.map((k) => join([...prefix, k])).join(', ')}: ${text.slice(0, 200)}`);
  }

  const refuses = (offenders: string[], res: LightMyRequestResponse, where: string) => {
    if (res.statusCode < 400 || res.statusCode >= 500) offenders.push(`${where} → ${res.statusCode}`);
  };
  const survives = (offenders: string[], res: LightMyRequestResponse, where: string) => {
    if (res.statusCode >= 500) offenders.push(`${where} → ${res.statusCode}`);
  };

  /**
   * A logout the fuzzer gets through (any string is a well-formed refresh token) ends the
   * caller's session; the callers sign in again, from another address than the fuzzed logins
   * (which the address throttle may have locked), so that what follows is not answered 401.
   */
  async function keepSignedIn(): Promise<void> {
    for (const caller of ['admin', 'learner'] as const) {
      if ((await api.request({ method: 'GET', url: '/api/v1/me', token: tokens[caller] })).statusCode === 401) tokens[caller] = (await api.login(emails[caller], undefined, '203.0.113.9')).accessToken;
    }
  }

  beforeAll(async () => {
    api = await startApi();
    const unit = await api.unit('FUZZ');
    await api.user(emails.admin, unit, ['admin']);
    await api.user(emails.learner, unit);
    const target = await api.user('target@fuzz.gov.la', unit, ['instructor']);
    tokens.admin = (await api.login(emails.admin)).accessToken;
    tokens.learner = (await api.login(emails.learner)).accessToken;
    xapiAuthorization = (await api.xapiClient(XAPI_SCOPES)).authorization;

    const call = async (method: Method, path: string, payload?: object, token = tokens.admin) => {
      const res = await api.request({ method, url: `/api/v1${path}`, token, payload });
      if (res.statusCode >= 300) throw new Error(`fixture ${method} ${path}: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    const course = await call('POST', '/courses', COURSE);
    const module = await call('POST', `/courses/${course.id}/modules`, { title: 'Module' });
    const lesson = await call('POST', `/modules/${module.id}/lessons`, { title: 'Lesson', markdown: 'Text.' });
    const bank = await call('POST', '/question-banks', { title: 'Bank', courseId: course.id });
    const question = await call('POST', `/question-banks/${bank.id}/questions`, { type: 'true_false', prompt: 'Phishing asks for passwords.', correct: true });
    const quiz = await call('POST', `/modules/${module.id}/quizzes`, { title: 'Quiz', questionBankId: bank.id, selection: { mode: 'all' }, passPercent: 50 });
    const scorm = await api.request({ method: 'POST', url: `/api/v1/modules/${module.id}/scorm`, token: tokens.admin, ...multipartFile(await scormFixtureZip({ title: 'SCORM' }), 'package.zip') });
    if (scorm.statusCode !== 201) throw new Error(`fixture SCORM import: ${scorm.statusCode} ${scorm.body}`);
    await call('POST', `/courses/${course.id}/publish`);
    await call('POST', `/courses/${course.id}/enrol`, undefined, tokens.learner);
    const attempt = await call('POST', `/quizzes/${quiz.id}/attempts`, undefined, tokens.learner);
    Object.assign(fixture, {
      [nounOf('courses')]: course.id,
      [nounOf('modules')]: module.id,
      [nounOf('lessons')]: lesson.id,
      [nounOf('question-banks')]: bank.id,
      [nounOf('questions')]: question.id,
      [nounOf('quizzes')]: quiz.id,
      [nounOf('scorm-items')]: scorm.json().id,
      [nounOf('attempts')]: attempt.id,
      // The one user the fuzzer may change: not a caller, so a change of role or status signs nobody out.
      [nounOf('users')]: target.id,
      [nounOf('org-units')]: unit.id,
    });

    const res = await api.request({ method: 'GET', url: '/api/docs-json' });
    expect(res.statusCode).toBe(200);
    doc = res.json();
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.flatMap((method): Operation[] => {
        const op = item[method.toLowerCase() as Lowercase<Method>];
        if (!op) return [];
        const body = op.requestBody && 'content' in op.requestBody ? op.requestBody.content : {};
        const parameters = (op.parameters ?? []).filter((p): p is ParameterObject => 'in' in p);
        return [{ method, path, name: `${method} ${path}`, parameters, json: body['application/json']?.schema, multipart: !body['application/json'] && !!body['multipart/form-data'] }];
      }),
    );
  }, 120_000);
  afterAll(() => api.close());

  it('reads every operation from the running app’s document, and the fixture ids lead past the 404s (so that the tests below are not vacuous)', async () => {
    expect(operations.length).toBeGreaterThan(100);
    expect(jsonOps().length).toBeGreaterThan(30);
    expect(operations.map((op) => op.name)).toEqual(expect.arrayContaining(['POST /api/v1/users', 'PATCH /api/v1/me', 'PUT /api/v1/scorm-items/{id}/runtime', 'POST /xapi/statements', 'POST /api/v1/users/import']));
    // Every fixture id is one the document's paths lead to, so a renamed collection cannot silently fall back to random ids.
    const nouns = new Set(operations.flatMap((op) => op.path.split('/').filter((s) => !s.startsWith('{')).map(nounOf)));
    expect(Object.keys(fixture).filter((noun) => !nouns.has(noun))).toEqual([]);
    const filled = (op: Operation) => op.parameters.filter((p) => p.in === 'path').every((p) => fixture[nounOf(idNoun(op.path, p.name) ?? '')]);
    const notFound: string[] = [];
    const reached = jsonOps().filter((o) => o.parameters.some((p) => p.in === 'path') && filled(o));
    expect(reached.length).toBeGreaterThan(15);
    for (const op of reached) {
      // Some resources are the learner's own (an attempt), the others the admin's to change: one of the two must be let in.
      const answers = await Promise.all((['admin', 'learner'] as const).map((as) => send(op, { as, ids: 'fixture', body: baseBody(op, 'fixture') })));
      if (answers.every((res) => res.statusCode === 404)) notFound.push(`${op.name} → 404 ${answers[0].body.slice(0, 100)}`);
    }
    await keepSignedIn();
    expect(notFound).toEqual([]);
  });

  it('mass assignment: every JSON body refuses each property its schema does not have, and names it (API3:2023)', async () => {
    const offenders: string[] = [];
    /** Only the properties the schema lacks: `roles` on a user, say, is the schema's own. */
    const intrudersFor = (schema: SchemaObject) => Object.keys(EXTRA_PROPERTIES).filter((key) => !schema.properties?.[key]);
    const withIntruders = (value: Json, keys: string[]) => ({ ...(isObject(value) ? value : {}), ...Object.fromEntries(keys.map((key) => [key, EXTRA_PROPERTIES[key]])) });
    for (const op of jsonOps()) {
      const schema = resolve(doc, op.json);
      const closed = isClosedObject(schema);
      for (const call of CALLS) {
        const base = baseBody(op, call.ids);
        const intruders = intrudersFor(schema);
        refusesNaming(offenders, await send(op, { ...call, body: withIntruders(base, intruders) }), label(op, call, 'extra properties'), intruders, [], closed);
        for (const { path, schema: nested } of nestedObjectPaths(doc, op.json)) {
          const inner = intrudersFor(nested);
          const value = withIntruders(plausible(doc, nested, '', idsFor(call.ids)), inner);
          const nestedBody = withValueAt(doc, op.json, base, path, value, idsFor(call.ids));
          refusesNaming(offenders, await send(op, { ...call, body: nestedBody }), label(op, call, `extra properties in ${join(path)}`), inner, path, true);
        }
      }
      await keepSignedIn();
    }
    for (const op of operations.filter((o) => o.multipart)) {
      refuses(offenders, await send(op, { body: { ...EXTRA_PROPERTIES } }), label(op, {}, 'a JSON body instead of a file'));
    }
    expect(offenders).toEqual([]);
  }, 120_000);

  it('type confusion: every property of every JSON body given the wrong type is a 4xx (API8:2023)', async () => {
    const offenders: string[] = [];
    // A learner's random ids would only be refused by the role guards again.
    for (const op of jsonOps()) {
      for (const call of CALLS.filter((c) => c.as === 'admin' || c.ids === 'fixture')) {
        const base = baseBody(op, call.ids);
        for (const whole of [[base], 'x', 12345, true]) refuses(offenders, await send(op, { ...call, body: whole }), label(op, call, `body ${JSON.stringify(whole).slice(0, 40)}`));
        for (const { path, schema } of propertyPaths(doc, op.json)) {
          for (const value of wrongTypes(doc, schema)) {
            const body = withValueAt(doc, op.json, base, path, value, idsFor(call.ids));
            refuses(offenders, await send(op, { ...call, body }), label(op, call, `${join(path)} = ${JSON.stringify(value)}`));
          }
        }
      }
      await keepSignedIn();
    }
    expect(offenders).toEqual([]);
  }, 120_000);

  it('edge values: NUL bytes, lone surrogates, 100,000 characters, numbers past every column, impossible dates and 5,000 items may be refused, never a 500 (API8:2023)', async () => {
    const offenders: string[] = [];
    for (const op of jsonOps()) {
      for (const call of CALLS.filter((c) => c.ids === 'fixture')) {
        const base = baseBody(op, call.ids);
        for (const { path, schema } of propertyPaths(doc, op.json)) {
          for (const value of edgeValues(doc, schema)) {
            const body = withValueAt(doc, op.json, base, path, value, idsFor(call.ids));
            survives(offenders, await send(op, { ...call, body }), label(op, call, `${join(path)} = ${JSON.stringify(value).slice(0, 40)}`));
          }
        }
      }
      await keepSignedIn();
    }
    expect(offenders).toEqual([]);
  }, 120_000);

  it('JSON nested 10,000 deep, bodies over the limits and 50,000 keys are a 4xx (413 over the limit), and the API answers afterwards (API4:2023)', async () => {
    const offenders: string[] = [];
    const wide = JSON.stringify(Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i])));
    const overJson = Buffer.from(JSON.stringify({ padding: 'x'.repeat(api.config.bodyLimitBytes) }));
    const overText = Buffer.alloc(api.config.uploadLimitBytes + 1, 'x');
    for (const op of writeOps()) {
      // Without a JSON body of its own, an operation may ignore what it is sent; it may not fail on it.
      const check = op.json ? refuses : survives;
      for (const [what, payload] of [['arrays nested 10,000 deep', DEEP_ARRAYS], ['objects nested 10,000 deep', DEEP_OBJECTS], ['50,000 keys', wide]]) {
        for (const ids of ['random', 'fixture'] as const) {
          const res = await send(op, { ids, payload });
          check(offenders, res, label(op, { ids }, what));
          // An error may not amplify the request: a 1 MB body answered with megabytes of problems is a resource-consumption attack of its own.
          if (res.body.length > 64 * 1024) offenders.push(`${label(op, { ids }, what)} → ${res.statusCode} of ${res.body.length} bytes`);
        }
      }
      if (op.json) {
        const base = baseBody(op, 'fixture');
        const key = Object.keys(base)[0] ?? 'deep';
        const payload = JSON.stringify({ ...base, [key]: '<deep>' }).replace('"<deep>"', DEEP_ARRAYS);
        refuses(offenders, await send(op, { ids: 'fixture', payload }), label(op, { ids: 'fixture' }, `${key} nested 10,000 deep`));
      }
      const over = await send(op, { payload: overJson });
      if (over.statusCode !== 413) offenders.push(`${label(op, {}, `JSON over BODY_LIMIT_BYTES`)} → ${over.statusCode}`);
      const overPlain = await send(op, { payload: overText, contentType: 'text/plain' });
      if (overPlain.statusCode !== 413) offenders.push(`${label(op, {}, `text over the upload limit`)} → ${overPlain.statusCode}`);
      await keepSignedIn();
    }
    // A statement may carry any JSON in its extensions: the one place the xAPI specification lets nesting through.
    const statement = JSON.stringify({
      actor: { objectType: 'Agent', mbox: 'mailto:fuzz@fuzz.gov.la' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      object: { objectType: 'Activity', id: 'https://lane.test/fuzz' },
      result: { extensions: { 'https://lane.test/deep': '<deep>' } },
    });
    const xapi = operations.find((op) => op.name === 'POST /xapi/statements')!;
    for (const deep of [DEEP_ARRAYS, DEEP_OBJECTS]) refuses(offenders, await send(xapi, { payload: statement.replace('"<deep>"', deep) }), label(xapi, {}, 'an extension nested 10,000 deep'));

    const health = await api.request({ method: 'GET', url: '/api/v1/health' });
    const me = await api.request({ method: 'GET', url: '/api/v1/me', token: tokens.admin });
    expect([health.statusCode, me.statusCode]).toEqual([200, 200]);
    expect(offenders).toEqual([]);
  }, 120_000);

  it('malformed JSON, a poisoned prototype and the wrong content type are a 4xx (API8:2023)', async () => {
    const offenders: string[] = [];
    for (const op of writeOps()) {
      for (const payload of MALFORMED) refuses(offenders, await send(op, { payload }), label(op, {}, `malformed ${JSON.stringify(payload).slice(0, 30)}`));
      if (!op.json) continue;
      const text = JSON.stringify(baseBody(op, 'fixture'));
      for (const contentType of WRONG_CONTENT_TYPES) {
        // A multipart body reaches a JSON route as no body at all (@fastify/multipart leaves the stream to a handler that never reads it),
        // and a PATCH without a body changes nothing and answers 200. Nothing is taken, so only a 500 is an offender.
        const check = contentType?.startsWith('multipart/') && !resolve(doc, op.json).required?.length ? survives : refuses;
        for (const ids of ['random', 'fixture'] as const) check(offenders, await send(op, { ids, payload: text, contentType }), label(op, { ids }, `the JSON body as ${contentType ?? 'no content type'}`));
      }
    }
    await keepSignedIn();
    expect(offenders).toEqual([]);
  }, 120_000);

  it('ill-typed, repeated and unknown query parameters, and ill-formed path parameters, never make a 500 (API8:2023)', async () => {
    const offenders: string[] = [];
    for (const op of operations) {
      for (const param of op.parameters.filter((p) => p.in === 'query')) {
        const schema = resolve(doc, param.schema);
        for (const value of queryValues(schema)) survives(offenders, await send(op, { query: `${param.name}=${encodeURIComponent(value)}` }), label(op, {}, `?${param.name}=${value.slice(0, 20)}`));
        survives(offenders, await send(op, { query: `${param.name}=1&${param.name}=2` }), label(op, {}, `?${param.name} twice`));
      }
      for (const as of ['admin', 'learner'] as const) survives(offenders, await send(op, { as, query: UNKNOWN_QUERY }), label(op, { as }, 'unknown query parameters'));
      for (const param of op.parameters.filter((p) => p.in === 'path')) {
        for (const value of PATH_VALUES) survives(offenders, await send(op, { pathValues: { [param.name]: value } }), label(op, {}, `{${param.name}} = ${value.slice(0, 20)}`));
      }
      await keepSignedIn();
    }
    expect(offenders).toEqual([]);
  }, 120_000);
});
