import { createHash } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { compactVerify, createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { DataSource } from 'typeorm';
import { CERTIFICATE_PDF_COLUMNS, certificateDocument, CertificatesService, statusBit, VERIFY_PER_MINUTE } from '@lms/server-certificates';
import type { OrgUnit } from '@lms/server-org';
import { startApi, type ApiHarness } from '../../../api/src/testing/api-harness';
import { waitFor } from '../testing/grading-fixture';
import { startWorker } from '../testing/start-worker';

/**
 * Certificates end to end: a course completed through the API, the certificate issued by the
 * worker, its PDF rendered in the sandboxed processor (the built file, a child process), then
 * verified online and offline, downloaded by those allowed, and revoked.
 */
describe('Certificates (real API, worker, sandboxed PDF processor, PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let mtc: OrgUnit;
  const tokens: Record<string, string> = {};
  let courseId: string;
  let lessonId: string;
  let certificate: { id: string; code: string };

  const call = (method: 'GET' | 'POST', url: string, token?: string, payload?: object) => api.request({ method, url: `/api/v1${url}`, token, payload });

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    mtc = await api.unit('MTC');
    const division = await api.unit('MTC-DIG', mtc);
    const mof = await api.unit('MOF');
    await api.user('teacher@mtc.gov.la', mtc, ['instructor']);
    await api.user('admin@mtc.gov.la', mtc, ['admin']);
    await api.user('hr@mtc.gov.la', mtc, ['hr_manager']);
    await api.user('hr@mof.gov.la', mof, ['hr_manager']);
    await api.user('somphone@mtc.gov.la', division, [], { displayName: 'ທ້າວ ສົມພອນ ວົງສະຫວັນ' });
    await api.user('other@mtc.gov.la', division);
    for (const [name, email] of Object.entries({
      teacher: 'teacher@mtc.gov.la',
      admin: 'admin@mtc.gov.la',
      hr: 'hr@mtc.gov.la',
      otherHr: 'hr@mof.gov.la',
      holder: 'somphone@mtc.gov.la',
      other: 'other@mtc.gov.la',
    })) {
      tokens[name] = (await api.login(email)).accessToken;
    }
    courseId = (await call('POST', '/courses', tokens.teacher, { title: 'ຄວາມປອດໄພທາງໄຊເບີ', summary: 'x', category: 'cybersecurity', locale: 'lo', level: 'beginner' })).json().id;
    const moduleId = (await call('POST', `/courses/${courseId}/modules`, tokens.teacher, { title: 'ພາກທີ 1' })).json().id;
    lessonId = (await call('POST', `/modules/${moduleId}/lessons`, tokens.teacher, { title: 'ບົດທີ 1', markdown: 'ລະຫັດຜ່ານທີ່ດີ' })).json().id;
    expect((await call('POST', `/courses/${courseId}/publish`, tokens.teacher)).statusCode).toBe(200);
    worker = await startWorker(api.config);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('issues exactly one certificate when a course is completed, even when the issue job runs again', async () => {
    expect((await call('POST', `/courses/${courseId}/enrol`, tokens.holder)).statusCode).toBe(201);
    expect((await call('POST', `/lessons/${lessonId}/complete`, tokens.holder)).json().status).toBe('completed');
    const [mine] = await waitFor(async () => {
      const list = (await call('GET', '/me/certificates', tokens.holder)).json();
      return list.length && list[0].pdfReady ? list : null;
    }, 'the certificate and its PDF', 30_000);
    expect(mine).toEqual({ id: expect.any(String), code: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/), courseId, courseTitle: 'ຄວາມປອດໄພທາງໄຊເບີ', issuedAt: expect.any(String), revoked: false, pdfReady: true });
    certificate = mine;
    expect((await call('GET', '/me/enrolments', tokens.holder)).json()).toEqual([expect.objectContaining({ status: 'completed', certificateId: mine.id })]);

    const [{ enrolment_id: enrolmentId }] = await ds.query(`SELECT enrolment_id FROM certificates WHERE id = $1`, [mine.id]);
    const again = await api.app.get(CertificatesService).issue(enrolmentId, 1);
    expect(again).toMatchObject({ created: false, certificate: { id: mine.id, code: mine.code } });
    expect(await ds.query(`SELECT count(*)::int AS n FROM certificates`)).toEqual([{ n: 1 }]);
    const [row] = await ds.query(`SELECT holder_name, course_title, course_version, locale, score_percent, pdf_bytes FROM certificates`);
    expect(row).toMatchObject({ holder_name: 'ທ້າວ ສົມພອນ ວົງສະຫວັນ', course_title: 'ຄວາມປອດໄພທາງໄຊເບີ', course_version: 1, locale: 'lo', score_percent: null });
    expect(row.pdf_bytes).toBeGreaterThan(1000);
    expect(row.pdf_bytes).toBeLessThan(150 * 1024);
  });

  it('verifies online by code, in any case and spacing, and answers 404 for a code never issued', async () => {
    const res = await call('GET', `/verify/${certificate.code.toLowerCase().replaceAll('-', ' ')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      valid: true,
      revoked: false,
      holderName: 'ທ້າວ ສົມພອນ ວົງສະຫວັນ',
      courseTitle: 'ຄວາມປອດໄພທາງໄຊເບີ',
      issuedAt: expect.any(String),
      issuer: 'ສະຖາບັນ ICT, ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ',
      code: certificate.code,
    });
    expect((await call('GET', '/verify/0000-0000-0000')).statusCode).toBe(404);
    expect((await call('GET', '/verify/not-a-code')).statusCode).toBe(404);
  });

  it('verifies offline: the QR payload checks out against the published JWKS alone, and a tampered one does not', async () => {
    const jwksRes = await api.request({ method: 'GET', url: '/.well-known/jwks.json' });
    expect(jwksRes.statusCode).toBe(200);
    const jwks: JSONWebKeySet = jwksRes.json();
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: expect.any(String) })]);
    expect(JSON.stringify(jwks)).not.toContain('"d"');

    // What the PDF's QR code holds, made as the sandbox makes it from the stored row.
    const [row] = await ds.query(`SELECT ${CERTIFICATE_PDF_COLUMNS} FROM certificates WHERE id = $1`, [certificate.id]);
    const { qrText, verifyUrl } = certificateDocument(row, { publicUrl: api.config.publicUrl, issuerName: api.config.certificates.issuerName });
    const jws: string = row.qrJws;
    expect(verifyUrl).toBe(`http://lane.test/verify/${certificate.code}`);
    expect(qrText).toBe(`${verifyUrl}#${jws}`);
    const { payload, protectedHeader } = await compactVerify(qrText.split('#')[1], createLocalJWKSet(jwks));
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', kid: jwks.keys[0].kid });
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual({ c: certificate.code, n: 'ທ້າວ ສົມພອນ ວົງສະຫວັນ', t: 'ຄວາມປອດໄພທາງໄຊເບີ', d: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), iss: 'http://lane.test' });

    const [header, body, signature] = jws.split('.');
    const forged = Buffer.from(Buffer.from(body, 'base64url').toString().replace('ທ້າວ ສົມພອນ', 'ທ້າວ ສົມຊາຍ')).toString('base64url');
    await expect(compactVerify(`${header}.${forged}.${signature}`, createLocalJWKSet(jwks))).rejects.toThrow();
  });

  it('hands the PDF, exactly as stored, to the holder, their HR manager and admins only', async () => {
    const pdf = await call('GET', `/certificates/${certificate.id}/pdf`, tokens.holder);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="certificate-${certificate.code}.pdf"`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const [{ pdf_sha256: sha }] = await ds.query(`SELECT pdf_sha256 FROM certificates WHERE id = $1`, [certificate.id]);
    expect(createHash('sha256').update(pdf.rawPayload).digest('hex')).toBe(sha);

    for (const who of ['hr', 'admin']) expect((await call('GET', `/certificates/${certificate.id}/pdf`, tokens[who])).statusCode).toBe(200);
    for (const who of ['other', 'otherHr', 'teacher']) expect((await call('GET', `/certificates/${certificate.id}/pdf`, tokens[who])).statusCode).toBe(404);
    expect((await call('GET', `/certificates/${certificate.id}/pdf`)).statusCode).toBe(401);
    expect((await call('GET', `/certificates/00000000-0000-4000-8000-000000000000/pdf`, tokens.admin)).statusCode).toBe(404);
    expect((await call('GET', '/me/certificates', tokens.other)).json()).toEqual([]);
  });

  it('gives an Open Badges 3.0 credential that verifies as a VC-JWT against the JWKS, and a tampered one that does not', async () => {
    const jwks = createLocalJWKSet((await api.request({ method: 'GET', url: '/.well-known/jwks.json' })).json());
    for (const who of ['other', 'otherHr']) expect((await call('GET', `/certificates/${certificate.id}/credential`, tokens[who])).statusCode).toBe(404);
    const res = await call('GET', `/certificates/${certificate.id}/credential`, tokens.holder);
    expect(res.statusCode).toBe(200);
    const { credential, jwt } = res.json();
    expect(credential).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: `urn:uuid:${certificate.id}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'http://lane.test/api/v1/issuer', type: ['Profile'], name: 'ສະຖາບັນ ICT, ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ' },
      validFrom: expect.any(String),
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', identityType: 'emailAddress', hashed: true, identityHash: expect.stringMatching(/^sha256\$[0-9a-f]{64}$/) }],
        achievement: { type: ['Achievement'], name: 'ຄວາມປອດໄພທາງໄຊເບີ', criteria: { narrative: expect.any(String) } },
      },
      credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListCredential: 'http://lane.test/api/v1/certificates/status-list' },
    });
    expect(JSON.stringify(credential)).not.toContain('somphone@mtc.gov.la');

    const { payload, protectedHeader } = await jwtVerify(jwt, jwks, { issuer: 'http://lane.test/api/v1/issuer' });
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'JWT' });
    expect(payload).toMatchObject({ ...credential, jti: credential.id, nbf: Math.floor(Date.parse(credential.validFrom) / 1000) });
    const [header, body, signature] = jwt.split('.');
    const claims = decodeJwt(jwt);
    const tampered = Buffer.from(JSON.stringify({ ...claims, name: 'ປະລິນຍາເອກ' })).toString('base64url');
    expect(tampered).not.toBe(body);
    await expect(jwtVerify(`${header}.${tampered}.${signature}`, jwks)).rejects.toThrow();

    const issuer = await call('GET', '/issuer');
    expect(issuer.json()).toMatchObject({ id: 'http://lane.test/api/v1/issuer', type: ['Profile'] });
  });

  it('lets admins alone revoke, with a reason, and verification shows it at once', async () => {
    expect((await call('POST', `/certificates/${certificate.id}/revoke`, tokens.hr, { reason: 'Issued in error' })).statusCode).toBe(403);
    const short = await call('POST', `/certificates/${certificate.id}/revoke`, tokens.admin, { reason: '' });
    expect(short.statusCode).toBe(400);
    const done = await call('POST', `/certificates/${certificate.id}/revoke`, tokens.admin, { reason: 'Issued in error' });
    expect(done.statusCode).toBe(200);
    expect((await call('GET', `/verify/${certificate.code}`)).json()).toMatchObject({ valid: false, revoked: true, revocationReason: 'Issued in error', revokedAt: expect.any(String) });
    expect((await call('GET', '/me/certificates', tokens.holder)).json()[0].revoked).toBe(true);
    expect((await call('POST', `/certificates/${certificate.id}/revoke`, tokens.admin, { reason: 'Again' })).statusCode).toBe(409);

    // The published revocation list, signed, has the certificate's bit set.
    const list = await call('GET', '/certificates/status-list');
    expect(list.headers['content-type']).toContain('application/vc+jwt');
    const jwks = createLocalJWKSet((await api.request({ method: 'GET', url: '/.well-known/jwks.json' })).json());
    const { payload } = await jwtVerify(list.body, jwks);
    const subject = payload.credentialSubject as { type: string; statusPurpose: string; encodedList: string };
    expect(subject).toMatchObject({ type: 'BitstringStatusList', statusPurpose: 'revocation' });
    const [{ status_index: index }] = await ds.query(`SELECT status_index FROM certificates WHERE id = $1`, [certificate.id]);
    expect(statusBit(subject.encodedList, index)).toBe(true);
    expect(statusBit(subject.encodedList, index + 1)).toBe(false);
  });

  it('throttles verification per address, with Retry-After', async () => {
    let throttled: Awaited<ReturnType<typeof call>> | null = null;
    for (let i = 0; i <= VERIFY_PER_MINUTE && !throttled; i++) {
      const res = await call('GET', `/verify/${certificate.code}`);
      if (res.statusCode === 429) throttled = res;
      else expect(res.statusCode).toBe(200);
    }
    expect(throttled?.statusCode).toBe(429);
    expect(Number(throttled!.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('issues a new certificate for each cycle of a recurring course', async () => {
    const [{ enrolment_id: enrolmentId, completed_at: completedAt }] = await ds.query(
      `SELECT c.enrolment_id, ec.completed_at FROM certificates c JOIN enrolment_completions ec USING (enrolment_id, cycle) WHERE c.id = $1`,
      [certificate.id],
    );
    // As the worker's reopen-expired job and a second completion leave it: a completed cycle 2.
    await ds.query(`INSERT INTO enrolment_completions (enrolment_id, cycle, course_version, completed_at) VALUES ($1, 2, 1, $2::timestamptz + interval '1 year')`, [enrolmentId, completedAt]);
    const second = await api.app.get(CertificatesService).issue(enrolmentId, 2);
    expect(second).toMatchObject({ created: true, certificate: { cycle: 2 } });
    expect(second!.certificate.code).not.toBe(certificate.code);
    expect((await api.app.get(CertificatesService).issue(enrolmentId, 2))!.created).toBe(false);
    expect(await ds.query(`SELECT cycle FROM certificates WHERE enrolment_id = $1 ORDER BY cycle`, [enrolmentId])).toEqual([{ cycle: 1 }, { cycle: 2 }]);
    expect(await api.app.get(CertificatesService).issue(enrolmentId, 3)).toBeNull();
  });
});
