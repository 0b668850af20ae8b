import { createHash, createSign, generateKeyPairSync } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AttachmentData } from './attachment-parts';
import { checkSignatures, SIGNATURE_USAGE } from './signature';

/** A key and a self-signed X.509 certificate for it, made by Debian's openssl for this run. */
function keyAndCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'lane-jws-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=Lane test signer'], { stdio: 'ignore' });
  const pem = readFileSync(join(dir, 'cert.pem'), 'utf8');
  return { privateKey: readFileSync(join(dir, 'key.pem'), 'utf8'), x5c: pem.replace(/-----[^-]+-----|\s/g, '') };
}
const signer = keyAndCertificate();
const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
function jws(payload: unknown, { alg = 'RS256', key = signer.privateKey, x5c = [signer.x5c] as unknown }: { alg?: string; key?: string; x5c?: unknown } = {}): string {
  const head = b64({ alg, ...(x5c ? { x5c } : {}) });
  const body = b64(payload);
  const signature = createSign(alg === 'RS512' ? 'RSA-SHA512' : alg === 'RS384' ? 'RSA-SHA384' : 'RSA-SHA256').update(`${head}.${body}`).sign(key).toString('base64url');
  return `${head}.${body}.${signature}`;
}

const original = {
  id: '0f4c2a1e-0000-4000-8000-000000000001',
  actor: { objectType: 'Agent', mbox: 'mailto:noy@mof.gov.la' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { en: 'completed' } },
  object: { id: 'https://lane.mtc.gov.la/courses/email-safety' },
};

/** The original with its signature attached, and the attachment data that carries the JWS. */
function signed(token: string, extra: Record<string, unknown> = {}): { statement: Record<string, unknown>; data: AttachmentData[] } {
  const sha2 = createHash('sha256').update(token).digest('hex');
  const attachment = { usageType: SIGNATURE_USAGE, display: { en: 'signature' }, contentType: 'application/octet-stream', length: token.length, sha2, ...extra };
  return { statement: { ...original, attachments: [attachment] }, data: [{ sha2, data: Buffer.from(token), part: 2 }] };
}
const problemsOf = ({ statement, data }: ReturnType<typeof signed>) => checkSignatures([statement], data).map((p) => p.message);

describe('signed statements (xAPI 1.0.3 Data §2.6)', () => {
  it('2.6.s5.b3 accepts a well-formed signature: the payload is this statement, and it verifies against its x5c certificate', () => {
    expect(problemsOf(signed(jws(original)))).toEqual([]);
    expect(problemsOf(signed(jws(original, { alg: 'RS512' })))).toEqual([]);
    // What the LRS fills in (authority, stored, version) and key order are no difference; nor is a signature without x5c.
    expect(problemsOf(signed(jws({ object: original.object, verb: original.verb, actor: original.actor, id: original.id, version: '1.0.0' }, { x5c: null })))).toEqual([]);
  });

  it('2.6.s5.b3.b2 refuses a signature whose payload is another statement', () => {
    expect(problemsOf(signed(jws({ ...original, verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { en: 'passed' } } })))).toEqual([expect.stringContaining('differs')]);
  });

  it('2.6.s5.b3.b3 refuses a signature that does not verify against its certificate', () => {
    expect(problemsOf(signed(jws(original, { key: stranger })))).toEqual([expect.stringContaining('does not verify')]);
    expect(problemsOf(signed(jws(original, { x5c: ['bm90IGEgY2VydA'] })))).toEqual([expect.stringContaining('cannot be read')]);
  });

  it('2.6.s4.b4 refuses another algorithm, and 2.6.s5.b1 anything that is not a JWS', () => {
    const hs = `${b64({ alg: 'HS256' })}.${b64(original)}.c2ln`;
    expect(problemsOf(signed(hs))).toEqual([expect.stringContaining('RS256, RS384 or RS512')]);
    expect(problemsOf(signed('not a jws'))).toEqual([expect.stringContaining('compact serialization')]);
    expect(problemsOf(signed(`${b64('[1]')}.${b64(original)}.c2ln`))).toEqual([expect.stringContaining('header')]);
  });

  it('2.6.s4.b1 a signature attachment is application/octet-stream and comes as data', () => {
    const token = jws(original);
    expect(problemsOf(signed(token, { contentType: 'text/plain' }))).toEqual([expect.stringContaining('application/octet-stream')]);
    expect(problemsOf({ ...signed(token), data: [] })).toEqual([expect.stringContaining('attachment data')]);
  });

  it('leaves statements without a signature alone', () => {
    expect(checkSignatures([original], [])).toEqual([]);
  });
});
