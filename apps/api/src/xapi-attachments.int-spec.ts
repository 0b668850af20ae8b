import { createHash, createSign, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { boundaryOf, parseMultipartMixed } from '@lms/server-xapi';
import { startApi, type ApiHarness } from './testing/api-harness';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const TEXT = 'here is a simple attachment';
const attachment = (data: Buffer | string, extra: Record<string, unknown> = {}) => ({
  usageType: 'http://example.com/attachment-usage/test',
  display: { 'en-US': 'A test attachment', lo: 'ໄຟລ໌ແນບ' },
  contentType: 'text/plain; charset=ascii',
  length: Buffer.byteLength(data),
  sha2: sha256(data),
  ...extra,
});
const statement = (attachments: unknown[], id = randomUUID()) => ({
  id,
  actor: { objectType: 'Agent', name: 'Sample Agent', mbox: 'mailto:sample.agent@example.com' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  object: { id: 'http://www.example.com/tincan/activities/multipart', objectType: 'Activity' },
  attachments,
});

/** A multipart/mixed body as Communication §1.5.2.s6 shows it; `parts` may bend the rules to test refusals. */
function multipart(json: unknown, parts: { data: Buffer | string; headers?: Record<string, string> }[], boundary = "abcABC0123'()+_,-./:=?") {
  const chunks: Buffer[] = [Buffer.from(`--${boundary}\r\nContent-Type:application/json\r\n\r\n${JSON.stringify(json)}\r\n`)];
  for (const part of parts) {
    const headers = part.headers ?? { 'Content-Type': 'text/plain', 'Content-Transfer-Encoding': 'binary', 'X-Experience-API-Hash': sha256(part.data) };
    chunks.push(Buffer.from(`--${boundary}\r\n${Object.entries(headers).map(([k, v]) => `${k}:${v}`).join('\r\n')}\r\n\r\n`), Buffer.from(part.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/mixed; boundary="${boundary}"` };
}

/**
 * Statement attachments in multipart/mixed (xAPI 1.0.3 Communication §1.5.2) and attachments=true
 * (§2.1.3), against the real API and PostgreSQL.
 */
describe('xAPI attachments in multipart/mixed (real API and PostgreSQL)', () => {
  let api: ApiHarness;
  let ds: DataSource;
  let client: string;

  const send = (method: 'POST' | 'PUT', url: string, body: { payload: Buffer | string; contentType: string }) =>
    api.request({ method, url: `/xapi/statements${url}`, headers: { authorization: client, 'x-experience-api-version': '1.0.3', 'content-type': body.contentType }, payload: body.payload });
  const get = (url: string) => api.request({ method: 'GET', url: `/xapi/statements${url}`, headers: { authorization: client, 'x-experience-api-version': '1.0.3' } });
  const count = async () => (await ds.query(`SELECT (SELECT count(*)::int FROM xapi_statements) AS s, (SELECT count(*)::int FROM xapi_attachments) AS a`))[0];
  const readMultipart = (res: { headers: Record<string, unknown>; rawPayload: Buffer }) => {
    const boundary = boundaryOf(String(res.headers['content-type']));
    expect(boundary).not.toBeNull();
    const parsed = parseMultipartMixed(res.rawPayload, boundary!);
    if ('problem' in parsed) throw new Error(parsed.problem);
    return parsed.parts;
  };

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    client = (await api.xapiClient(['statements/read', 'statements/write'])).authorization;
  });
  afterAll(() => api.close());

  it('§1.5.2.s6 takes the specification’s own example, and attachments=true gives the statement and the raw data back in multipart/mixed', async () => {
    const s = statement([attachment(TEXT)]);
    const posted = await send('POST', '', multipart(s, [{ data: TEXT }]));
    expect(posted.statusCode).toBe(200);
    expect(posted.json()).toEqual([s.id]);

    const plain = await get(`?statementId=${s.id}`);
    expect(plain.headers['content-type']).toMatch(/^application\/json/);
    expect(plain.json().attachments).toEqual([attachment(TEXT)]);

    const withData = await get(`?statementId=${s.id}&attachments=true`);
    expect(withData.statusCode).toBe(200);
    expect(withData.headers['content-type']).toMatch(/^multipart\/mixed; boundary=/);
    const [first, data] = readMultipart(withData);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(first.body.toString()).id).toBe(s.id);
    expect(data.headers['x-experience-api-hash']).toBe(sha256(TEXT));
    expect(data.headers['content-transfer-encoding']).toBe('binary');
    expect(data.body.toString()).toBe(TEXT);
    expect((await get(`?statementId=${s.id}&attachments=yes`)).statusCode).toBe(400);
  });

  it('§1.5.2 binary data survives byte for byte; one part serves two statements of a batch, and a query sends it once', async () => {
    const bytes = Buffer.concat([randomBytes(2048), Buffer.from('\r\n--abc\r\n'), randomBytes(100)]);
    const shared = attachment(bytes, { contentType: 'application/octet-stream' });
    const batch = [statement([shared]), statement([shared])];
    const posted = await send('POST', '', multipart(batch, [{ data: bytes, headers: { 'Content-Type': 'application/octet-stream', 'Content-Transfer-Encoding': 'binary', 'X-Experience-API-Hash': sha256(bytes) } }], 'lane-boundary-1'));
    expect(posted.statusCode).toBe(200);

    const listed = await get(`?activity=${encodeURIComponent('http://www.example.com/tincan/activities/multipart')}&attachments=true&limit=2`);
    const [first, ...data] = readMultipart(listed);
    const result = JSON.parse(first.body.toString());
    expect(result.statements.map((x: { id: string }) => x.id).sort()).toEqual(batch.map((x) => x.id).sort());
    expect(result.more).toContain('more=');
    expect(data).toHaveLength(1);
    expect(data[0].body.equals(bytes)).toBe(true);
  });

  it('§2.1.1 PUT takes multipart/mixed too', async () => {
    const s = statement([attachment('put me')]);
    expect((await send('PUT', `?statementId=${s.id}`, multipart(s, [{ data: 'put me' }]))).statusCode).toBe(204);
    expect((await get(`?statementId=${s.id}`)).statusCode).toBe(200);
  });

  it('§1.5.1, §1.5.2.s3.b5 refuses, with 400 and storing nothing, an attachment with neither fileUrl nor data, data that does not match its hash, a part no attachment names, and parts without their headers', async () => {
    const before = await count();
    const s = statement([attachment(TEXT)]);
    const refusals = [
      await send('POST', '', { payload: JSON.stringify(s), contentType: 'application/json' }),
      await send('POST', '', multipart(s, [])),
      await send('POST', '', multipart(s, [{ data: TEXT, headers: { 'Content-Type': 'text/plain', 'Content-Transfer-Encoding': 'binary', 'X-Experience-API-Hash': sha256('something else') } }])),
      await send('POST', '', multipart(s, [{ data: TEXT }, { data: 'an extra part' }])),
      await send('POST', '', multipart(s, [{ data: TEXT, headers: { 'Content-Type': 'text/plain', 'Content-Transfer-Encoding': 'binary' } }])),
      await send('POST', '', multipart(s, [{ data: TEXT, headers: { 'Content-Type': 'text/plain', 'X-Experience-API-Hash': sha256(TEXT) } }])),
      await send('POST', '', multipart(statement([attachment(TEXT, { length: 3 })]), [{ data: TEXT }])),
      await send('POST', '', { payload: Buffer.from('--x\r\nContent-Type: application/json\r\n\r\n{}'), contentType: 'multipart/mixed; boundary=x' }),
      await send('POST', '', { payload: Buffer.from('whatever'), contentType: 'multipart/mixed' }),
    ];
    expect(refusals.map((r) => r.statusCode)).toEqual(refusals.map(() => 400));
    expect(refusals[0].json().details).toEqual([expect.objectContaining({ statement: 0, path: expect.stringContaining('attachments[0]') })]);
    expect(await count()).toEqual(before);
  });

  it('§1.5.1.s1.b2 takes application/json whose attachments all have a fileUrl, and multipart/mixed without any attachment', async () => {
    const linked = statement([attachment('elsewhere', { fileUrl: 'https://lane.mtc.gov.la/files/certificate.pdf' })]);
    expect((await send('POST', '', { payload: JSON.stringify(linked), contentType: 'application/json' })).statusCode).toBe(200);
    const bare = { ...statement([]), attachments: undefined };
    expect((await send('POST', '', multipart(bare, []))).statusCode).toBe(200);
  });

  it('Data §2.6 stores a signed statement whose JWS signs it, and refuses with 400 one whose JWS signs another', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const sign = (payload: unknown) => {
      const signingInput = `${b64({ alg: 'RS256' })}.${b64(payload)}`;
      return `${signingInput}.${createSign('RSA-SHA256').update(signingInput).sign(privateKey).toString('base64url')}`;
    };
    const sendSigned = (unsigned: Record<string, unknown>, token: string) =>
      send('POST', '', multipart({ ...unsigned, attachments: [attachment(token, { usageType: 'http://adlnet.gov/expapi/attachments/signature', contentType: 'application/octet-stream' })] }, [
        { data: token, headers: { 'Content-Type': 'application/octet-stream', 'Content-Transfer-Encoding': 'binary', 'X-Experience-API-Hash': sha256(token) } },
      ]));
    const { attachments: _none, ...original } = statement([]);
    expect((await sendSigned(original, sign(original))).statusCode).toBe(200);
    const other = { ...original, id: randomUUID() };
    const refused = await sendSigned(other, sign({ ...other, verb: { id: 'http://adlnet.gov/expapi/verbs/passed' } }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toMatch(/signs a statement that differs/);
    expect((await get(`?statementId=${other.id}`)).statusCode).toBe(404);
  });
});
