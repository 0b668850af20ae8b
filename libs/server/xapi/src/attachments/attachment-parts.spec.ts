import { createHash } from 'node:crypto';
import { statement } from '../statements/testing/statements';
import { validateStatement } from '../statements/validate-statement';
import { matchAttachments, readAttachmentRequest, sha2Digest, type AttachmentData } from './attachment-parts';
import { boundaryOf, parseMultipartMixed, writeMultipartMixed, type MimePart } from './multipart-mixed';

const SPEC_BOUNDARY = "abcABC0123'()+_,-./:=?";
const SPEC_TEXT = Buffer.from('here is a simple attachment');
const SPEC_SHA2 = '495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a';
const digest = (algorithm: string, data: Buffer) => createHash(algorithm).update(data).digest('hex');
const sha256 = (data: Buffer) => digest('sha256', data);

/** The statement of the example in Communication §1.5.2.s6. */
const SPEC_STATEMENT = {
  actor: { mbox: 'mailto:sample.agent@example.com', name: 'Sample Agent', objectType: 'Agent' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  object: {
    id: 'http://www.example.com/tincan/activities/multipart',
    objectType: 'Activity',
    definition: { name: { 'en-US': 'Multi Part Activity' }, description: { 'en-US': 'Multi Part Activity Description' } },
  },
  attachments: [
    {
      usageType: 'http://example.com/attachment-usage/test',
      display: { 'en-US': 'A test attachment' },
      description: { 'en-US': 'A test attachment (description)' },
      contentType: 'text/plain; charset=ascii',
      length: 27,
      sha2: SPEC_SHA2,
    },
  ],
};

/** Binary data with line ends, dashes and a would-be delimiter in it. */
const IMAGE = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(`\r\n--${SPEC_BOUNDARY}\r\n--\r\n\r\n`), Buffer.from([0, 255, 13, 10, 45, 45])]);

function attachment(data: Buffer, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { usageType: 'http://example.com/attachment-usage/test', display: { 'en-US': 'A test attachment' }, contentType: 'application/octet-stream', length: data.length, sha2: sha256(data), ...overrides };
}

const jsonPart = (json: unknown, contentType = 'application/json'): MimePart => ({ headers: { 'content-type': contentType }, body: Buffer.from(JSON.stringify(json)) });

function dataPart(data: Buffer, headers: Record<string, string | undefined> = {}): MimePart {
  const all: Record<string, string | undefined> = { 'content-type': 'application/octet-stream', 'content-transfer-encoding': 'binary', 'x-experience-api-hash': sha256(data), ...headers };
  return { headers: Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== undefined)), body: data };
}

/** The data of one part as readAttachmentRequest gives it; a null contentType is a part without Content-Type. */
const received = (data: Buffer, part: number, contentType: string | null = 'application/octet-stream'): AttachmentData => ({
  sha2: sha256(data),
  ...(contentType === null ? {} : { contentType }),
  data,
  part,
});

function problemsOf(parts: MimePart[]) {
  const result = readAttachmentRequest(parts);
  if (!('problems' in result)) throw new Error('expected problems');
  return result.problems;
}

function read(parts: MimePart[]) {
  const result = readAttachmentRequest(parts);
  if ('problems' in result) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('the spec example end to end (Communication §1.5.2.s6)', () => {
  const body = Buffer.concat([
    Buffer.from(`\r\n--${SPEC_BOUNDARY}\r\nContent-Type:application/json\r\n\r\n${JSON.stringify(SPEC_STATEMENT, null, 4)}\r\n`),
    Buffer.from(`--${SPEC_BOUNDARY}\r\nContent-Type:text/plain\r\nContent-Transfer-Encoding:binary\r\nX-Experience-API-Hash:${SPEC_SHA2}\r\n\r\n`),
    SPEC_TEXT,
    Buffer.from(`\r\n--${SPEC_BOUNDARY}--`),
  ]);

  it('is read, validated and matched without a problem', () => {
    expect(sha256(SPEC_TEXT)).toBe(SPEC_SHA2);
    const boundary = boundaryOf(`multipart/mixed; boundary="${SPEC_BOUNDARY}"`);
    const parsed = parseMultipartMixed(body, boundary as string);
    if ('problem' in parsed) throw new Error(parsed.problem);
    const { json, data } = read(parsed.parts);
    expect(json).toEqual(SPEC_STATEMENT);
    expect(validateStatement(json)).toEqual([]);
    expect(data).toEqual([{ sha2: SPEC_SHA2, contentType: 'text/plain', data: SPEC_TEXT, part: 2 }]);
    // The example declares "text/plain; charset=ascii" and sends "text/plain": parameters are not compared.
    expect(matchAttachments([json as Record<string, unknown>], data)).toEqual([]);
  });
});

describe('sha2Digest (Data 2.4.11.s2.table1.row6)', () => {
  it('chooses SHA-224, -256, -384 or -512 by the hex length 56, 64, 96 or 128', () => {
    expect(sha2Digest('0'.repeat(64), SPEC_TEXT)).toBe(SPEC_SHA2);
    for (const algorithm of ['sha224', 'sha256', 'sha384', 'sha512']) {
      const hash = digest(algorithm, IMAGE);
      expect(sha2Digest(hash, IMAGE)).toBe(hash);
    }
  });

  it('is null for a length no SHA-2 digest has (SHA-1\'s 40, say)', () => {
    expect(sha2Digest(digest('sha1', SPEC_TEXT), SPEC_TEXT)).toBeNull();
    expect(sha2Digest('', SPEC_TEXT)).toBeNull();
  });
});

describe('readAttachmentRequest (Communication §1.5.2.s2.b2)', () => {
  it('parses the statements part and keeps each attachment part\'s data, hash and Content-Type', () => {
    const { json, data } = read([jsonPart([SPEC_STATEMENT]), dataPart(SPEC_TEXT, { 'content-type': 'text/plain' }), dataPart(IMAGE, { 'content-type': 'image/png' })]);
    expect(json).toEqual([SPEC_STATEMENT]);
    expect(data).toEqual([
      { sha2: SPEC_SHA2, contentType: 'text/plain', data: SPEC_TEXT, part: 2 },
      { sha2: sha256(IMAGE), contentType: 'image/png', data: IMAGE, part: 3 },
    ]);
  });

  it('§1.5.2.s3.b8 accepts a statements part alone', () => {
    expect(read([jsonPart({ id: 'x' })])).toEqual({ json: { id: 'x' }, data: [] });
  });

  it('§1.5.2.s2.b2.b6 a part SHOULD have a Content-Type, so one without is accepted and has none', () => {
    const { data } = read([jsonPart({}), dataPart(IMAGE, { 'content-type': undefined })]);
    expect(data).toEqual([{ sha2: sha256(IMAGE), data: IMAGE, part: 2 }]);
    expect(data[0]).not.toHaveProperty('contentType');
  });

  it('§1.5.2.s2.b2.b1 refuses a request with no part at all', () => {
    expect(problemsOf([])).toEqual([{ path: 'part 1', message: expect.stringMatching(/application\/json/) }]);
  });

  it('§1.5.2.s2.b2.b1, b6 the first part MUST be application/json (parameters allowed, case ignored)', () => {
    expect(read([jsonPart({}, 'Application/JSON; charset=UTF-8')]).json).toEqual({});
    expect(read([jsonPart({}, 'application/json;charset=utf8')]).json).toEqual({});
    expect(problemsOf([jsonPart({}, 'text/plain')])).toEqual([{ path: 'part 1', message: expect.stringMatching(/application\/json/) }]);
    expect(problemsOf([jsonPart({}, 'application/jsonx')]).map((found) => found.path)).toEqual(['part 1']);
    expect(problemsOf([{ headers: {}, body: Buffer.from('{}') }]).map((found) => found.path)).toEqual(['part 1']);
    // The statements part comes first: an attachment part there is not the statements.
    expect(problemsOf([dataPart(SPEC_TEXT), jsonPart({})]).map((found) => found.path)).toContain('part 1');
  });

  it('§1.4.s1.b1 the statements are UTF-8: another charset or invalid UTF-8 is refused', () => {
    expect(problemsOf([jsonPart({}, 'application/json; charset=iso-8859-1')])).toEqual([{ path: 'part 1', message: expect.stringMatching(/UTF-8/) }]);
    expect(problemsOf([{ headers: { 'content-type': 'application/json' }, body: Buffer.from([0x22, 0xc3, 0x28, 0x22]) }])).toEqual([{ path: 'part 1', message: 'is not valid UTF-8' }]);
    expect(read([{ headers: { 'content-type': 'application/json' }, body: Buffer.from('"Lao ລາວ"') }]).json).toBe('Lao ລາວ');
  });

  it('refuses a statements part that is not JSON', () => {
    expect(problemsOf([{ headers: { 'content-type': 'application/json' }, body: Buffer.from('{"actor":') }])).toEqual([{ path: 'part 1', message: 'is not valid JSON' }]);
  });

  it('§1.5.2.s2.b2.b3 refuses an attachment part without X-Experience-API-Hash', () => {
    expect(problemsOf([jsonPart({}), dataPart(IMAGE, { 'x-experience-api-hash': undefined })])).toEqual([{ path: 'part 2', message: expect.stringMatching(/X-Experience-API-Hash/) }]);
    expect(problemsOf([jsonPart({}), dataPart(IMAGE, { 'x-experience-api-hash': '' })]).map((found) => found.path)).toEqual(['part 2']);
  });

  it('refuses an X-Experience-API-Hash that is not a hex SHA-2 digest', () => {
    for (const hash of [digest('sha1', IMAGE), `${sha256(IMAGE)}0`, 'z'.repeat(64), digest('md5', IMAGE)]) {
      expect(problemsOf([jsonPart({}), dataPart(IMAGE, { 'x-experience-api-hash': hash })])).toEqual([{ path: 'part 2', message: expect.stringMatching(/not a hex SHA-224/) }]);
    }
  });

  it('refuses an X-Experience-API-Hash that is not the SHA-2 of the part\'s data', () => {
    expect(problemsOf([jsonPart({}), dataPart(IMAGE, { 'x-experience-api-hash': SPEC_SHA2 })])).toEqual([
      { path: 'part 2', message: `has an X-Experience-API-Hash that is not the SHA-2 of its data (which is ${sha256(IMAGE)})` },
    ]);
    expect(problemsOf([jsonPart({}), dataPart(IMAGE.subarray(1), { 'x-experience-api-hash': sha256(IMAGE) })]).map((found) => found.path)).toEqual(['part 2']);
  });

  it('accepts a true SHA-224, -384 or -512 hash, in either case, and keeps it lower-cased', () => {
    for (const algorithm of ['sha224', 'sha384', 'sha512']) {
      const hash = digest(algorithm, IMAGE);
      const { data } = read([jsonPart({}), dataPart(IMAGE, { 'x-experience-api-hash': hash.toUpperCase() })]);
      expect(data.map((found) => found.sha2)).toEqual([hash]);
    }
  });

  it('§1.5.2.s2.b2.b4 refuses an attachment part without Content-Transfer-Encoding binary', () => {
    expect(problemsOf([jsonPart({}), dataPart(IMAGE, { 'content-transfer-encoding': undefined })])).toEqual([{ path: 'part 2', message: expect.stringMatching(/Content-Transfer-Encoding/) }]);
    expect(problemsOf([jsonPart({}), dataPart(IMAGE, { 'content-transfer-encoding': 'base64' })])).toEqual([{ path: 'part 2', message: 'must have Content-Transfer-Encoding binary, not base64' }]);
    expect(read([jsonPart({}), dataPart(IMAGE, { 'content-transfer-encoding': 'BINARY' })]).data).toHaveLength(1);
  });

  it('refuses an attachment part whose Content-Type is not a media type', () => {
    expect(problemsOf([jsonPart({}), dataPart(IMAGE, { 'content-type': 'image' })])).toEqual([{ path: 'part 2', message: expect.stringMatching(/Content-Type/) }]);
  });

  it('§1.5.2.s2.b2.b7 a part\'s Content-Length, when sent, MUST be the size of its data', () => {
    expect(read([jsonPart({}), dataPart(IMAGE, { 'content-length': String(IMAGE.length) })]).data).toHaveLength(1);
    expect(problemsOf([jsonPart({}), dataPart(IMAGE, { 'content-length': '3' })])).toEqual([{ path: 'part 2', message: `has Content-Length 3, but holds ${IMAGE.length} octets` }]);
  });

  it('reports the problems of every part at once', () => {
    const problems = problemsOf([jsonPart({}, 'text/plain'), dataPart(SPEC_TEXT), dataPart(IMAGE, { 'x-experience-api-hash': undefined, 'content-transfer-encoding': '7bit' })]);
    expect(problems.map((found) => found.path)).toEqual(['part 1', 'part 3', 'part 3']);
  });

  it('§1.5.2.s2.b2.b5 keeps one copy when a part repeats another\'s data (one copy SHOULD be sent, more are not refused)', () => {
    const { data } = read([jsonPart({}), dataPart(IMAGE), dataPart(SPEC_TEXT), dataPart(IMAGE, { 'x-experience-api-hash': sha256(IMAGE).toUpperCase() })]);
    expect(data.map((found) => found.part)).toEqual([2, 3]);
  });
});

describe('matchAttachments (Communication §1.5.2.s1.b4, §1.5.2.s3.b5)', () => {
  it('§1.5.2.s3.b5 refuses an attachment that has neither a fileUrl nor data in a part', () => {
    const statements = [statement({ attachments: [attachment(IMAGE), attachment(SPEC_TEXT, { contentType: 'text/plain' })] })];
    expect(matchAttachments(statements, [received(IMAGE, 2)])).toEqual([
      { path: 'statements[0].attachments[1]', message: `has no fileUrl, and no part carries data with sha2 ${SPEC_SHA2}` },
    ]);
  });

  it('§1.5.2.s3.b9 accepts an attachment with a fileUrl and no data', () => {
    const statements = [statement({ attachments: [attachment(SPEC_TEXT, { fileUrl: 'http://example.com/files/simple.txt' })] })];
    expect(validateStatement(statements[0])).toEqual([]);
    expect(matchAttachments(statements, [])).toEqual([]);
  });

  it('checks data sent for an attachment with a fileUrl too, and counts it as referenced', () => {
    const statements = [statement({ attachments: [attachment(IMAGE, { fileUrl: 'http://example.com/files/image.png', length: 3 })] })];
    expect(matchAttachments(statements, [received(IMAGE, 2)]).map((found) => found.path)).toEqual(['statements[0].attachments[0].length']);
  });

  it('refuses a part that no attachment in the batch references', () => {
    const statements = [statement({ attachments: [attachment(IMAGE)] }), statement()];
    expect(matchAttachments(statements, [received(IMAGE, 2), received(SPEC_TEXT, 3)])).toEqual([
      { path: 'part 3', message: `carries data (sha2 ${SPEC_SHA2}) that no attachment in the batch references` },
    ]);
    expect(matchAttachments([statement()], [received(SPEC_TEXT, 2)]).map((found) => found.path)).toEqual(['part 2']);
  });

  it('§1.5.2.s2.b2.b5 one part serves every attachment with its sha2, across statements and within one', () => {
    const statements = [
      statement({ attachments: [attachment(IMAGE)] }),
      statement({ attachments: [attachment(SPEC_TEXT, { contentType: 'text/plain' }), attachment(IMAGE, { display: { 'en-US': 'The same image again' } })] }),
    ];
    expect(matchAttachments(statements, [received(IMAGE, 2), received(SPEC_TEXT, 3, 'text/plain')])).toEqual([]);
  });

  it('§1.5.2.s1.b4 matches by SHA-2 alone: the same length and type under another hash is not a match', () => {
    const other = Buffer.from('here is a simple attachmenT');
    const statements = [statement({ attachments: [attachment(SPEC_TEXT, { contentType: 'text/plain' })] })];
    expect(matchAttachments(statements, [received(other, 2, 'text/plain')]).map((found) => found.path)).toEqual(['statements[0].attachments[0]', 'part 2']);
  });

  it('matches a sha2 written in capitals', () => {
    const statements = [statement({ attachments: [attachment(IMAGE, { sha2: sha256(IMAGE).toUpperCase() })] })];
    expect(matchAttachments(statements, [received(IMAGE, 2)])).toEqual([]);
  });

  it('Data 2.4.11.s2.table1.row5 the declared length MUST be the data\'s size in octets', () => {
    const statements = [statement({ attachments: [attachment(IMAGE, { length: IMAGE.length + 1 })] })];
    expect(matchAttachments(statements, [received(IMAGE, 2)])).toEqual([
      { path: 'statements[0].attachments[0].length', message: `is ${IMAGE.length + 1}, but part 2 holds ${IMAGE.length} octets` },
    ]);
  });

  it('§1.5.2.s2.b2.b7 a part\'s Content-Type MUST name the attachment\'s contentType', () => {
    const statements = [statement({ attachments: [attachment(IMAGE, { contentType: 'image/png' })] })];
    expect(matchAttachments(statements, [received(IMAGE, 2, 'image/jpeg')])).toEqual([
      { path: 'statements[0].attachments[0].contentType', message: 'is image/png, but part 2 has Content-Type image/jpeg' },
    ]);
  });

  it('compares media types without case or whitespace, ignores parameters, and skips a part without Content-Type', () => {
    const statements = [statement({ attachments: [attachment(IMAGE, { contentType: 'text/plain; charset=ascii' })] })];
    for (const contentType of ['text/plain', 'TEXT/Plain', ' text/plain ; charset=utf-8', null]) {
      expect(matchAttachments(statements, [received(IMAGE, 2, contentType)])).toEqual([]);
    }
  });

  it('Data 2.4.4.3 matches the attachments of a SubStatement too', () => {
    const sub = { objectType: 'SubStatement', actor: { mbox: 'mailto:a@example.com' }, verb: { id: 'http://example.com/verbs/v' }, object: { id: 'http://example.com/a' }, attachments: [attachment(IMAGE), attachment(SPEC_TEXT)] };
    const statements = [statement({ object: sub })];
    expect(validateStatement(statements[0])).toEqual([]);
    expect(matchAttachments(statements, [received(IMAGE, 2)]).map((found) => found.path)).toEqual(['statements[0].object.attachments[1]']);
  });

  it('reports every problem of the batch at once', () => {
    const statements = [
      statement({ attachments: [attachment(IMAGE, { contentType: 'image/png', length: 1 })] }),
      statement({ attachments: [attachment(SPEC_TEXT)] }),
    ];
    expect(matchAttachments(statements, [received(IMAGE, 2, 'image/gif'), received(Buffer.from('extra'), 3)]).map((found) => found.path)).toEqual([
      'statements[0].attachments[0].length',
      'statements[0].attachments[0].contentType',
      'statements[1].attachments[0]',
      'part 3',
    ]);
  });
});

describe('GET with attachments=true and back (Communication §2.1.3, §1.5.2.s3.b1)', () => {
  it('a batch written by writeMultipartMixed is read and matched as it was sent, one part for two statements', () => {
    const statements = [
      statement({ attachments: [attachment(IMAGE, { contentType: 'image/png' })] }),
      statement({ attachments: [attachment(IMAGE, { contentType: 'image/png' }), attachment(SPEC_TEXT, { contentType: 'text/plain' })] }),
    ];
    const written = writeMultipartMixed(statements, [
      { sha2: sha256(IMAGE), contentType: 'image/png', data: IMAGE },
      { sha2: sha256(IMAGE), contentType: 'image/png', data: IMAGE },
      { sha2: SPEC_SHA2, contentType: 'text/plain', data: SPEC_TEXT },
    ]);
    const parsed = parseMultipartMixed(written.body, boundaryOf(written.contentType) as string);
    if ('problem' in parsed) throw new Error(parsed.problem);
    expect(parsed.parts).toHaveLength(3);
    const { json, data } = read(parsed.parts);
    expect(json).toEqual(statements);
    expect(data.map((found) => [found.part, found.contentType, found.data.equals(found.part === 2 ? IMAGE : SPEC_TEXT)])).toEqual([
      [2, 'image/png', true],
      [3, 'text/plain', true],
    ]);
    expect(matchAttachments(json as Record<string, unknown>[], data)).toEqual([]);
  });
});
