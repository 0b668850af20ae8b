import { createHash } from 'node:crypto';
import { boundaryOf, isValidBoundary, parseContentType, parseMultipartMixed, randomBoundary, writeMultipartMixed, type MimePart } from './multipart-mixed';

const SPEC_BOUNDARY = "abcABC0123'()+_,-./:=?";
const SPEC_ATTACHMENT = 'here is a simple attachment';
const SPEC_SHA2 = '495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a';
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Communication §1.5.2.s6: the example request's content, line for line, with CRLF line ends. */
const SPEC_CONTENT_LINES = [
  '',
  `--${SPEC_BOUNDARY}`,
  'Content-Type:application/json',
  '',
  '{',
  '    "actor": {',
  '        "mbox": "mailto:sample.agent@example.com",',
  '        "name": "Sample Agent",',
  '        "objectType": "Agent"',
  '    },',
  '    "verb": {',
  '        "id": "http://adlnet.gov/expapi/verbs/answered",',
  '        "display": {',
  '            "en-US": "answered"',
  '        }',
  '    },',
  '    "object": {',
  '        "id": "http://www.example.com/tincan/activities/multipart",',
  '        "objectType": "Activity",',
  '        "definition": {',
  '            "name": {',
  '                "en-US": "Multi Part Activity"',
  '            },',
  '            "description": {',
  '                "en-US": "Multi Part Activity Description"',
  '            }',
  '        }',
  '    },',
  '    "attachments": [',
  '        {',
  '            "usageType": "http://example.com/attachment-usage/test",',
  '            "display": { "en-US": "A test attachment" },',
  '            "description": { "en-US": "A test attachment (description)" },',
  '            "contentType": "text/plain; charset=ascii",',
  '            "length": 27,',
  `            "sha2": "${SPEC_SHA2}"`,
  '        }',
  '    ]',
  '}',
  `--${SPEC_BOUNDARY}`,
  'Content-Type:text/plain',
  'Content-Transfer-Encoding:binary',
  `X-Experience-API-Hash:${SPEC_SHA2}`,
  '',
  SPEC_ATTACHMENT,
  `--${SPEC_BOUNDARY}--`,
];
const SPEC_CONTENT_TYPE = `multipart/mixed; boundary="${SPEC_BOUNDARY}"`;
const SPEC_BODY = Buffer.from(SPEC_CONTENT_LINES.join('\r\n'), 'utf8');

/** Binary data holding what a careless parser would cut at: line ends, dashes, the boundary inside a line, every byte value. */
const TRICKY = Buffer.concat([
  Buffer.from('\r\n--\r\n\r\n--'),
  Buffer.from(`x--${SPEC_BOUNDARY}\r\n`),
  Buffer.from(`\r\n--${SPEC_BOUNDARY}X\r\n`),
  Buffer.from(`\n--${SPEC_BOUNDARY}-\n`),
  Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)),
  Buffer.from('\r\n--\r'),
]);

function parsed(body: Buffer, boundary: string): MimePart[] {
  const result = parseMultipartMixed(body, boundary);
  if ('problem' in result) throw new Error(result.problem);
  return result.parts;
}

function problemOf(body: Buffer | string, boundary: string): string {
  const result = parseMultipartMixed(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), boundary);
  if (!('problem' in result)) throw new Error('expected a problem');
  return result.problem;
}

describe('boundaryOf (Communication §1.5.2.s2.b2, RFC 2046 §5.1.1)', () => {
  it('§1.5.2.s6 reads the quoted example boundary, with every character class it demonstrates', () => {
    expect(boundaryOf(SPEC_CONTENT_TYPE)).toBe(SPEC_BOUNDARY);
  });

  it('reads an unquoted boundary, whatever the case of the type and parameter name, among other parameters', () => {
    expect(boundaryOf('multipart/mixed; boundary=abc123')).toBe('abc123');
    expect(boundaryOf('Multipart/Mixed;BOUNDARY=abc123')).toBe('abc123');
    expect(boundaryOf('multipart/mixed ; charset=utf-8 ; boundary="x y"')).toBe('x y');
  });

  it('reads a quoted-string with backslash escapes, and an unquoted boundary that should have been quoted', () => {
    expect(boundaryOf('multipart/mixed; boundary="ab\\c"')).toBe('abc');
    expect(boundaryOf('multipart/mixed; boundary=----=_Part_0_1')).toBe('----=_Part_0_1');
  });

  it('is null for a type other than multipart/mixed, or a missing, empty, too long or invalid boundary', () => {
    for (const contentType of [
      undefined,
      '',
      'application/json',
      'multipart/form-data; boundary=abc',
      'multipart/mixed',
      'multipart/mixed; boundary=',
      'multipart/mixed; boundary=""',
      `multipart/mixed; boundary=${'a'.repeat(71)}`,
      'multipart/mixed; boundary="abc "',
      'multipart/mixed; boundary="a<b"',
      'multipart/mixed; boundary="unterminated',
      'multipart/mixed; boundary=a; boundary=b',
    ]) {
      expect(boundaryOf(contentType)).toBeNull();
    }
    expect(boundaryOf(`multipart/mixed; boundary=${'a'.repeat(70)}`)).toBe('a'.repeat(70));
  });

  it('RFC 2046 §5.1.1 a boundary is 1 to 70 bchars, spaces allowed but not last', () => {
    expect(isValidBoundary(SPEC_BOUNDARY)).toBe(true);
    expect(isValidBoundary('a b')).toBe(true);
    expect(isValidBoundary('a ')).toBe(false);
    expect(isValidBoundary('')).toBe(false);
    expect(isValidBoundary('a"b')).toBe(false);
    expect(isValidBoundary('a\r\nb')).toBe(false);
  });
});

describe('parseContentType (RFC 2045 §5.1)', () => {
  it('gives the media type lower-cased without whitespace, and the parameters by lower-cased name', () => {
    expect(parseContentType('text/plain; charset=ascii')).toEqual({ mediaType: 'text/plain', parameters: { charset: 'ascii' } });
    expect(parseContentType(' Text / Plain ;CharSet="US-ASCII";')).toEqual({ mediaType: 'text/plain', parameters: { charset: 'US-ASCII' } });
    expect(parseContentType('application/json')).toEqual({ mediaType: 'application/json', parameters: {} });
    expect(parseContentType('te xt/pl ain;')).toEqual({ mediaType: 'text/plain', parameters: {} });
  });

  it('is null for what is not a media type', () => {
    for (const value of [undefined, '', 'text', 'text/', '/plain', 'text/plain/x', 'text/plain; charset', 'text/plain; =x', 'text/plain; a=b c']) {
      expect(parseContentType(value)).toBeNull();
    }
  });
});

describe('parseMultipartMixed (Communication §1.5.2, RFC 2046 §5.1.1)', () => {
  it('§1.5.2.s6 reads the spec example into the statement part and the attachment part', () => {
    const parts = parsed(SPEC_BODY, SPEC_BOUNDARY);
    expect(parts).toHaveLength(2);
    expect(parts[0].headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(parts[0].body.toString('utf8'))).toMatchObject({ actor: { mbox: 'mailto:sample.agent@example.com' }, attachments: [{ length: 27, sha2: SPEC_SHA2 }] });
    expect(parts[1].headers).toEqual({ 'content-type': 'text/plain', 'content-transfer-encoding': 'binary', 'x-experience-api-hash': SPEC_SHA2 });
    expect(parts[1].body.toString('latin1')).toBe(SPEC_ATTACHMENT);
    expect(parts[1].body).toHaveLength(27);
  });

  it('§1.5.2.s6 the example attachment\'s sha2 is the SHA-256 of its 27 octets', () => {
    expect(sha256(SPEC_ATTACHMENT)).toBe(SPEC_SHA2);
    expect(sha256(parsed(SPEC_BODY, SPEC_BOUNDARY)[1].body)).toBe(SPEC_SHA2);
  });

  it('RFC 2046 §5.1.1 the first delimiter may open the body, with no CRLF before it', () => {
    const parts = parsed(SPEC_BODY.subarray(2), SPEC_BOUNDARY);
    expect(parts.map((part) => part.body.length)).toEqual([parsed(SPEC_BODY, SPEC_BOUNDARY)[0].body.length, 27]);
  });

  it('RFC 2046 §5.1.1 ignores the preamble and the epilogue', () => {
    const body = `This is the preamble.\r\nIt mentions --b in passing.\r\n--b\r\nA: 1\r\n\r\none\r\n--b--\r\nThis is the epilogue.\r\n--b\r\nA: 2\r\n\r\nnot a part\r\n`;
    const parts = parsed(Buffer.from(body), 'b');
    expect(parts).toEqual([{ headers: { a: '1' }, body: Buffer.from('one') }]);
  });

  it('keeps binary data exactly, line ends, dashes and the boundary within a line included', () => {
    const body = Buffer.concat([
      Buffer.from(`--${SPEC_BOUNDARY}\r\nContent-Type: application/json\r\n\r\n{}\r\n--${SPEC_BOUNDARY}\r\nContent-Type: application/octet-stream\r\n\r\n`),
      TRICKY,
      Buffer.from(`\r\n--${SPEC_BOUNDARY}--`),
    ]);
    const parts = parsed(body, SPEC_BOUNDARY);
    expect(parts).toHaveLength(2);
    expect(parts[1].body.equals(TRICKY)).toBe(true);
  });

  it('keeps an empty body, and a body that is only a line end', () => {
    const parts = parsed(Buffer.from('--b\r\nA: 1\r\n\r\n\r\n--b\r\nA: 2\r\n\r\n\r\n\r\n--b--'), 'b');
    expect(parts.map((part) => part.body.toString())).toEqual(['', '\r\n']);
  });

  it('accepts bare LF line ends as well as CRLF', () => {
    const lf = Buffer.from(SPEC_CONTENT_LINES.join('\n'), 'utf8');
    const parts = parsed(lf, SPEC_BOUNDARY);
    expect(parts[1].headers['x-experience-api-hash']).toBe(SPEC_SHA2);
    expect(parts[1].body.toString()).toBe(SPEC_ATTACHMENT);
    expect(JSON.parse(parts[0].body.toString()).verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
  });

  it('takes a CR before a delimiter\'s LF as the delimiter\'s, never the data\'s', () => {
    const parts = parsed(Buffer.from('--b\nA: 1\n\ndata\r\r\n--b--'), 'b');
    expect(parts[0].body.toString()).toBe('data\r');
  });

  it('RFC 2046 §5.1.1 allows transport padding after a delimiter', () => {
    const parts = parsed(Buffer.from('--b \t\r\nA: 1\r\n\r\none\r\n--b  \r\nA: 2\r\n\r\ntwo\r\n--b--  \r\n'), 'b');
    expect(parts.map((part) => part.body.toString())).toEqual(['one', 'two']);
  });

  it('reads header names case-insensitively (lower-cased), unfolds folded values and joins repeated ones', () => {
    const parts = parsed(Buffer.from('--b\r\nX-EXPERIENCE-API-HASH:  abc  \r\nContent-Type: text/plain;\r\n  charset=ascii\r\nX-Note: 1\r\nx-note: 2\r\n\r\nbody\r\n--b--'), 'b');
    expect(parts[0].headers).toEqual({ 'x-experience-api-hash': 'abc', 'content-type': 'text/plain; charset=ascii', 'x-note': '1, 2' });
  });

  it('keeps headers named like Object properties as plain headers', () => {
    const [part] = parsed(Buffer.from('--b\r\nConstructor: 1\r\n__proto__: 2\r\n\r\nx\r\n--b--'), 'b');
    expect(Object.keys(part.headers)).toEqual(['constructor', '__proto__']);
    expect(part.headers['constructor']).toBe('1');
    expect(Object.getPrototypeOf(part.headers)).toBe(Object.prototype);
  });

  it('RFC 2046 §5.1.1 reads a part with no headers, and one with headers and no body', () => {
    const parts = parsed(Buffer.from('--b\r\n\r\nno headers\r\n--b\r\nA: 1\r\n--b--'), 'b');
    expect(parts).toEqual([
      { headers: {}, body: Buffer.from('no headers') },
      { headers: { a: '1' }, body: Buffer.alloc(0) },
    ]);
  });

  it('compares the boundary case-sensitively, as RFC 2046 does', () => {
    expect(problemOf('--ABC\r\nA: 1\r\n\r\nx\r\n--ABC--', 'abc')).toMatch(/no multipart\/mixed delimiter/);
  });

  it('refuses a missing or invalid boundary', () => {
    expect(problemOf(SPEC_BODY, '')).toMatch(/boundary/);
    expect(problemOf(SPEC_BODY, 'a'.repeat(71))).toMatch(/boundary/);
    expect(problemOf(SPEC_BODY, 'a<b')).toMatch(/boundary/);
  });

  it('refuses a body with no delimiter, one with no part, and one that never closes', () => {
    expect(problemOf('{"actor":{}}', 'b')).toMatch(/no multipart\/mixed delimiter/);
    expect(problemOf('--bb\r\nA: 1\r\n\r\nx\r\n--bb--', 'b')).toMatch(/no multipart\/mixed delimiter/);
    expect(problemOf('--b--\r\n', 'b')).toMatch(/holds no part/);
    expect(problemOf('--b\r\nA: 1\r\n\r\nx', 'b')).toMatch(/never closes/);
    expect(problemOf(SPEC_BODY.subarray(0, SPEC_BODY.length - 2), SPEC_BOUNDARY)).toMatch(/never closes/);
    // The line end before a delimiter belongs to it, so a delimiter cannot share the previous one's.
    expect(problemOf('--b\r\n--b--', 'b')).toMatch(/never closes/);
  });

  it('refuses a part whose header lines are not "Name: value"', () => {
    expect(problemOf('--b\r\nA: 1\r\n\r\nx\r\n--b\r\nno colon here\r\n\r\nx\r\n--b--', 'b')).toMatch(/^part 2 has a header line/);
    expect(problemOf('--b\r\n: empty name\r\n\r\nx\r\n--b--', 'b')).toMatch(/^part 1 has a header line/);
  });
});

describe('writeMultipartMixed (Communication §1.5.2.s3.b1, §2.1.3 attachments=true)', () => {
  const fixed = (...boundaries: string[]) => {
    const calls: string[] = [];
    const next = () => {
      const boundary = boundaries[Math.min(calls.length, boundaries.length - 1)];
      calls.push(boundary);
      return boundary;
    };
    return { next, calls };
  };

  it('§1.5.2.s2.b2 writes the JSON first as application/json, then each attachment with its three headers, with CRLF line ends', () => {
    const data = Buffer.from(SPEC_ATTACHMENT);
    const written = writeMultipartMixed({ id: 'x' }, [{ sha2: SPEC_SHA2, contentType: 'text/plain', data }], fixed('B0undary').next);
    expect(written.contentType).toBe('multipart/mixed; boundary=B0undary');
    expect(written.body.toString('latin1')).toBe(
      [
        '--B0undary',
        'Content-Type: application/json',
        '',
        '{"id":"x"}',
        '--B0undary',
        'Content-Type: text/plain',
        'Content-Transfer-Encoding: binary',
        `X-Experience-API-Hash: ${SPEC_SHA2}`,
        '',
        SPEC_ATTACHMENT,
        '--B0undary--',
        '',
      ].join('\r\n'),
    );
  });

  it('§1.5.2.s2.b2.b5 writes one part per distinct sha2 (compared without case)', () => {
    const data = Buffer.from(SPEC_ATTACHMENT);
    const attachment = { sha2: SPEC_SHA2, contentType: 'text/plain', data };
    const written = writeMultipartMixed([{}, {}], [attachment, { ...attachment, sha2: SPEC_SHA2.toUpperCase() }, attachment]);
    const parts = parsed(written.body, boundaryOf(written.contentType) as string);
    expect(parts).toHaveLength(2);
  });

  it('writes the JSON alone when there is no attachment', () => {
    const written = writeMultipartMixed({ statements: [], more: '' }, []);
    const parts = parsed(written.body, boundaryOf(written.contentType) as string);
    expect(parts).toHaveLength(1);
    expect(JSON.parse(parts[0].body.toString())).toEqual({ statements: [], more: '' });
  });

  it('§1.5.2.s6.b2 draws the boundary again while it occurs in a part (data, JSON or header)', () => {
    const data = Buffer.from('binary with collide-1 inside');
    const boundaries = fixed('collide-1', 'in-json', 'fresh');
    const written = writeMultipartMixed({ note: 'in-json' }, [{ sha2: sha256(data), contentType: 'application/octet-stream', data }], boundaries.next);
    expect(boundaries.calls).toEqual(['collide-1', 'in-json', 'fresh']);
    expect(boundaryOf(written.contentType)).toBe('fresh');
    expect(parsed(written.body, 'fresh')[1].body.equals(data)).toBe(true);
  });

  it('gives up, rather than write an ambiguous body, when every boundary drawn occurs in a part', () => {
    const data = Buffer.from('always');
    expect(() => writeMultipartMixed({}, [{ sha2: sha256(data), contentType: 'text/plain', data }], () => 'always')).toThrow(/No boundary/);
  });

  it('quotes a boundary that holds characters a token may not', () => {
    const written = writeMultipartMixed({}, [], () => SPEC_BOUNDARY);
    expect(written.contentType).toBe(`multipart/mixed; boundary="${SPEC_BOUNDARY}"`);
    expect(boundaryOf(written.contentType)).toBe(SPEC_BOUNDARY);
  });

  it('refuses to write a header a value could break, a sha2 that is not one, or an invalid boundary', () => {
    const data = Buffer.from('x');
    expect(() => writeMultipartMixed({}, [{ sha2: sha256(data), contentType: 'text/plain\r\nX-Injected: 1', data }])).toThrow(TypeError);
    expect(() => writeMultipartMixed({}, [{ sha2: sha256(data), contentType: 'plain', data }])).toThrow(TypeError);
    expect(() => writeMultipartMixed({}, [{ sha2: 'not-a-hash', contentType: 'text/plain', data }])).toThrow(TypeError);
    expect(() => writeMultipartMixed({}, [], () => 'bad"boundary')).toThrow(TypeError);
  });

  it('round trip: what it writes parses back to the same JSON and octets, binary data included', () => {
    const image = Buffer.concat([TRICKY, Buffer.from(`\r\n--${SPEC_BOUNDARY}--\r\n`)]);
    const text = Buffer.from(SPEC_ATTACHMENT);
    const json = [{ id: 'a', attachments: [{ sha2: sha256(image) }] }, { id: 'b', note: '--\r\n--' }];
    const written = writeMultipartMixed(json, [
      { sha2: sha256(image), contentType: 'image/png', data: image },
      { sha2: SPEC_SHA2, contentType: 'text/plain; charset=ascii', data: text },
    ]);
    const parts = parsed(written.body, boundaryOf(written.contentType) as string);
    expect(JSON.parse(parts[0].body.toString('utf8'))).toEqual(json);
    expect(parts[0].headers['content-type']).toBe('application/json');
    expect(parts.slice(1).map((part) => part.headers)).toEqual([
      { 'content-type': 'image/png', 'content-transfer-encoding': 'binary', 'x-experience-api-hash': sha256(image) },
      { 'content-type': 'text/plain; charset=ascii', 'content-transfer-encoding': 'binary', 'x-experience-api-hash': SPEC_SHA2 },
    ]);
    expect(parts[1].body.equals(image)).toBe(true);
    expect(parts[2].body.equals(text)).toBe(true);
  });

  it('draws random boundaries that are valid tokens and differ each time', () => {
    const drawn = Array.from({ length: 20 }, () => randomBoundary());
    expect(new Set(drawn).size).toBe(20);
    for (const boundary of drawn) expect(boundary).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const first = writeMultipartMixed({}, []);
    const second = writeMultipartMixed({}, []);
    expect(first.contentType).not.toBe(second.contentType);
  });
});
