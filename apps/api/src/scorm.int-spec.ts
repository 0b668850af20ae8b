import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ScormContentServer } from '@lms/server-scorm';
import { scormFixtureFiles, scormFixtureZip, zipOf } from '@lms/server-testing';
import { multipartFile, startApi, type ApiHarness } from './testing/api-harness';

const SCORM_2004 = `<?xml version="1.0"?>
<manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 3rd Edition</schemaversion></metadata>
  <organizations default="o"><organization identifier="o"><title>T</title><item identifier="i" identifierref="r"><title>T</title></item></organization></organizations>
  <resources><resource identifier="r" type="webcontent" adlcp:scormType="sco" href="sco/index.html"/></resources>
</manifest>`;

/** The test package's manifest with a second SCO beside the first. */
const TWO_SCOS = String(scormFixtureFiles()['imsmanifest.xml'])
  .replace('</item>\n    </organization>', '</item>\n      <item identifier="ITEM-2" identifierref="RES-2"><title>Phishing</title></item>\n    </organization>')
  .replace('</resources>', '  <resource identifier="RES-2" type="webcontent" adlcp:scormtype="sco" href="sco/index.html"/>\n  </resources>');
/** The test package's manifest, its one resource an asset: a page that never speaks to the runtime. */
const ASSET_ONLY = String(scormFixtureFiles()['imsmanifest.xml']).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="asset"');

describe('SCORM 1.2: import, the content origin and the runtime API (real app, real PostgreSQL)', () => {
  let api: ApiHarness;
  let content: ScormContentServer;
  let instructor: string;
  let learner: string;
  let otherLearner: string;
  let courseId: string;
  let moduleId: string;
  let itemId: string;
  let packageId: string;

  const sql = (text: string, params?: unknown[]) => api.app.get(DataSource).query(text, params);
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, token: string | undefined, payload?: object) => api.request({ method, url: `/api/v1${url}`, token, payload });
  const importZip = async (zip: Buffer, token = instructor) => api.request({ method: 'POST', url: `/api/v1/modules/${moduleId}/scorm`, token, ...multipartFile(zip, 'package.zip') });
  const storedFiles = () => {
    try {
      return readdirSync(join(api.config.storageDir, 'scorm'), { recursive: true }).length;
    } catch {
      return 0;
    }
  };
  const packages = async () => Number((await sql(`SELECT count(*) AS n FROM scorm_packages`))[0].n);
  const commit = (token: string, seq: number, core: Record<string, unknown>, suspend = '') =>
    call('PUT', `/scorm-items/${itemId}/runtime`, token, { cmi: { core, suspend_data: suspend }, seq, committedAt: new Date().toISOString() });

  beforeAll(async () => {
    api = await startApi();
    content = api.app.get(ScormContentServer);
    const unit = await api.unit('MTC');
    await api.user('teacher@mtc.gov.la', unit, ['instructor']);
    await api.user('learner@mtc.gov.la', unit);
    await api.user('other@mtc.gov.la', unit);
    instructor = (await api.login('teacher@mtc.gov.la')).accessToken;
    learner = (await api.login('learner@mtc.gov.la')).accessToken;
    otherLearner = (await api.login('other@mtc.gov.la')).accessToken;
    courseId = (await call('POST', '/courses', instructor, { title: 'ຄວາມປອດໄພດິຈິຕອນ', summary: '', category: 'cybersecurity', locale: 'lo', level: 'beginner' })).json().id;
    moduleId = (await call('POST', `/courses/${courseId}/modules`, instructor, { title: 'ພາກທີ 1' })).json().id;
  });
  afterAll(() => api.close());

  describe('import', () => {
    it('turns a SCORM 1.2 zip into the module\'s last item, its files stored, its package described', async () => {
      const res = await importZip(await scormFixtureZip({ title: 'ພື້ນຖານຄວາມປອດໄພ' }));
      expect(res.statusCode).toBe(201);
      const item = res.json();
      expect(item).toEqual({
        id: expect.any(String),
        kind: 'scorm',
        courseId,
        moduleId,
        title: 'ພື້ນຖານຄວາມປອດໄພ',
        position: 1,
        package: { id: expect.any(String), title: 'ພື້ນຖານຄວາມປອດໄພ', launchPath: 'sco/index.html', masteryScore: 80, fileCount: Object.keys(scormFixtureFiles()).length, sizeBytes: expect.any(Number) },
      });
      itemId = item.id;
      packageId = item.package.id;
      expect(storedFiles()).toBe(Object.keys(scormFixtureFiles()).length + 1); // the files and their package's folder
      const outline = (await call('GET', `/courses/${courseId}`, instructor)).json();
      expect(outline.modules[0].items).toEqual([{ id: itemId, kind: 'scorm', title: 'ພື້ນຖານຄວາມປອດໄພ', position: 1 }]);
      expect((await call('POST', `/courses/${courseId}/publish`, instructor)).statusCode).toBe(200);
    });

    it.each([
      ['a SCORM 2004 package', () => scormFixtureZip({ manifest: SCORM_2004 }), /SCORM 2004/],
      ['a zip with no manifest', () => zipOf({ 'index.html': '<p>hi</p>' }), /imsmanifest.xml: is missing/],
      ['a launch file that leaves the package', () => scormFixtureZip({ manifest: String(scormFixtureFiles()['imsmanifest.xml']).replaceAll('href="sco/index.html"', 'href="../../etc/passwd"') }), /out of the package/],
      ['a launch file the zip does not hold', () => scormFixtureZip({ manifest: String(scormFixtureFiles()['imsmanifest.xml']).replaceAll('sco/index.html', 'sco/missing.html') }), /missing\.html/],
      ['bytes that are not a zip', async () => Buffer.from('not a zip at all'), /not a readable zip/],
      ['a package of two SCOs', () => scormFixtureZip({ manifest: TWO_SCOS }), /has 2 SCOs \("Digital safety basics", "Phishing"\); Lane plays packages of one SCO/],
    ])('refuses %s with 422 and what is wrong, writing nothing', async (_name, make, message) => {
      const [before, filesBefore] = [await packages(), storedFiles()];
      const res = await importZip(await make());
      expect(res.statusCode).toBe(422);
      expect(res.json().details[0].code).toBe('scorm.package-invalid');
      expect(res.json().errors.map((e: { file: string; message: string }) => `${e.file}: ${e.message}`).join('\n')).toMatch(message);
      expect([await packages(), storedFiles()]).toEqual([before, filesBefore]);
    });

    it('takes a package whose item is an asset, and has the launcher complete it once it has loaded', async () => {
      // In a course of its own, so that the other tests' course keeps its one item.
      const course = (await call('POST', '/courses', instructor, { title: 'ເອກະສານ', summary: '', category: 'cybersecurity', locale: 'lo', level: 'beginner' })).json().id;
      const module = (await call('POST', `/courses/${course}/modules`, instructor, { title: 'ພາກທີ 1' })).json().id;
      const res = await api.request({ method: 'POST', url: `/api/v1/modules/${module}/scorm`, token: instructor, ...multipartFile(await scormFixtureZip({ manifest: ASSET_ONLY }), 'asset.zip') });
      expect(res.statusCode).toBe(201);
      const launch = (await call('GET', `/scorm-items/${res.json().id}`, instructor)).json();
      const page = await content.inject(new URL(launch.launchUrl).pathname);
      expect(page.body).toContain('<meta name="lane-launch-type" content="asset">');
      expect((await content.inject('/_lane/launcher.js')).body).toContain("api.LMSSetValue('cmi.core.lesson_status', 'completed')");
      const ours = await content.inject(new URL((await call('GET', `/scorm-items/${itemId}`, instructor)).json().launchUrl).pathname);
      expect(ours.body).toContain('<meta name="lane-launch-type" content="sco">');
    });

    it('is for the course\'s authors only, and 404 for an unknown module', async () => {
      expect((await importZip(await scormFixtureZip(), learner)).statusCode).toBe(403);
      const other = await api.user(`teacher-${randomUUID()}@mtc.gov.la`, await api.unit(`U${randomUUID().slice(0, 6)}`), ['instructor']);
      expect((await importZip(await scormFixtureZip(), (await api.login(other.email!)).accessToken)).statusCode).toBe(403);
      const unknown = await api.request({ method: 'POST', url: `/api/v1/modules/${randomUUID()}/scorm`, token: instructor, ...multipartFile(await scormFixtureZip(), 'p.zip') });
      expect(unknown.statusCode).toBe(404);
    });
  });

  describe('the content origin', () => {
    let launchUrl: URL;

    beforeAll(async () => {
      launchUrl = new URL((await call('GET', `/scorm-items/${itemId}`, learner)).json().launchUrl);
    });

    it('serves the launcher, framed only by Lane, loading scorm-again and the SCO from its own origin', async () => {
      expect(launchUrl.origin).toBe('http://scorm.lane.test');
      const res = await content.inject(launchUrl.pathname);
      expect(res.statusCode).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors http://lane.test http://localhost:5173 http://127.0.0.1:5173");
      expect(csp).toContain("script-src 'self'");
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.body).toContain('<script src="/_lane/scorm12.js"></script>');
      expect(res.body).toContain(`content="/p/${packageId}/${launchUrl.pathname.split('/')[3]}/sco/index.html"`);
      const runtime = await content.inject('/_lane/scorm12.js');
      expect(runtime.body).toContain('Scorm12API');
      expect(runtime.body).not.toContain('sourceMappingURL');
      expect((await content.inject('/_lane/launcher.js')).body).toContain("type: 'commit'");
    });

    it('serves package files with their type and a CSP that keeps them on this origin', async () => {
      const base = launchUrl.pathname.replace('/launch/', '/p/');
      const page = await content.inject(`${base}sco/index.html`);
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body).toBe(scormFixtureFiles()['sco/index.html']);
      expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'self' http://lane.test http://localhost:5173 http://127.0.0.1:5173;");
      expect((await content.inject(`${base}sco/quiz.js`)).headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect((await content.inject(`${base}sco/nothing.js`)).statusCode).toBe(404);
      expect((await content.inject(`${base}..%2f..%2fimsmanifest.xml`)).statusCode).toBe(404);
    });

    it('serves the offline page and the worker that keep a package on the device, and counts it in the course\'s download', async () => {
      const launch = (await call('GET', `/scorm-items/${itemId}`, learner)).json();
      expect(launch.offlineUrl).toBe(launchUrl.href.replace('/launch/', '/offline/'));
      const page = await content.inject(new URL(launch.offlineUrl).pathname);
      expect(page.statusCode).toBe(200);
      expect(page.headers['cache-control']).toBe('no-store');
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toContain("worker-src 'self'");
      expect(csp).toContain('frame-ancestors http://lane.test http://localhost:5173 http://127.0.0.1:5173;');
      const files = /<meta name="lane-files" content="([^"]*)">/.exec(page.body)?.[1].split(' ');
      expect(files?.sort()).toEqual(Object.keys(scormFixtureFiles()).sort());
      expect(page.body).toContain('<script src="/_lane/offline.js"></script>');
      expect((await content.inject('/_lane/offline.js')).body).toMatch(/register\('\/_lane\/sw.js', \{\s*scope: '\/'\s*\}\)/);
      const worker = await content.inject('/_lane/sw.js');
      expect(worker.headers['service-worker-allowed']).toBe('/');
      expect(worker.headers['content-security-policy']).toBe("default-src 'none'; connect-src 'self'");
      expect(worker.body).toContain("addEventListener('fetch'");
      expect((await content.inject(`/offline/${packageId}/1.${'a'.repeat(43)}/`)).statusCode).toBe(403);

      const fileBytes = Object.values(scormFixtureFiles()).reduce((sum, body) => sum + Buffer.byteLength(body), 0);
      expect(launch.downloadBytes).toBeGreaterThan(fileBytes + 50_000);
      const size = (await call('GET', `/courses/${courseId}/offline`, instructor)).json();
      expect(size.packages).toEqual([{ id: itemId, bytes: launch.downloadBytes }]);
      expect(size.bytes).toBe(launch.downloadBytes);
    });

    it('answers 403 for a forged or another package\'s token, and 404 elsewhere', async () => {
      const [, , id, token] = launchUrl.pathname.split('/');
      expect((await content.inject(`/launch/${id}/${token.slice(0, -2)}xx/`)).statusCode).toBe(403);
      expect((await content.inject(`/p/${randomUUID()}/${token}/sco/index.html`)).statusCode).toBe(403);
      expect((await content.inject(`/launch/${id}/1.${'a'.repeat(43)}/`)).statusCode).toBe(403);
      expect((await content.inject('/api/v1/health')).statusCode).toBe(404);
    });
  });

  describe('the runtime API', () => {
    it('launches for a learner who has not enrolled as a preview that saves nothing', async () => {
      const launch = (await call('GET', `/scorm-items/${itemId}`, learner)).json();
      expect(launch).toMatchObject({ itemId, courseId, title: 'ພື້ນຖານຄວາມປອດໄພ', contentOrigin: 'http://scorm.lane.test', masteryScore: 80, cmi: null, seq: 0, completed: false, enrolled: false });
      const res = await commit(learner, 1, { lesson_status: 'incomplete' });
      expect(res.statusCode).toBe(409);
      expect(res.json().details[0].code).toBe('scorm.not-enrolled');
    });

    it('keeps an enrolled learner\'s commits, the newest by seq, and resumes from them', async () => {
      expect((await call('POST', `/courses/${courseId}/enrol`, learner)).statusCode).toBe(201);
      expect((await call('GET', `/scorm-items/${itemId}`, learner)).json()).toMatchObject({ enrolled: true, cmi: null, seq: 0 });
      const first = await commit(learner, 10, { lesson_status: 'incomplete', lesson_location: '2', exit: 'suspend' }, 'step=2');
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ saved: true, seq: 10, lessonStatus: 'incomplete', scoreRaw: null, completed: false, enrolment: { status: 'in_progress' } });
      // The same commit again, and an older one arriving late, change nothing.
      expect((await commit(learner, 10, { lesson_status: 'incomplete' }, 'step=1')).json()).toMatchObject({ saved: false, seq: 10 });
      expect((await commit(learner, 9, { lesson_status: 'browsed' }, 'step=1')).json()).toMatchObject({ saved: false, seq: 10, lessonStatus: 'incomplete' });
      const launch = (await call('GET', `/scorm-items/${itemId}`, learner)).json();
      expect(launch).toMatchObject({ seq: 10, completed: false, cmi: { core: { lesson_status: 'incomplete', lesson_location: '2', exit: 'suspend' }, suspend_data: 'step=2' } });
      const [row] = await sql(`SELECT suspend_data, commits FROM scorm_attempts WHERE item_id = $1`, [itemId]);
      expect(row).toEqual({ suspend_data: 'step=2', commits: 1 });
      // Each learner has their own.
      expect((await call('GET', `/scorm-items/${itemId}`, otherLearner)).json()).toMatchObject({ cmi: null, seq: 0 });
    });

    it('refuses runtime data SCORM 1.2 does not allow with 400, keeping what it had', async () => {
      const bad = await commit(learner, 11, { lesson_status: 'finished' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().details[0].code).toBe('scorm.invalid-runtime-data');
      expect(bad.json().message).toContain('lesson_status');
      expect((await call('PUT', `/scorm-items/${itemId}/runtime`, learner, { cmi: 'x', seq: 0, committedAt: 'yesterday' })).statusCode).toBe(400);
      expect((await call('GET', `/scorm-items/${itemId}`, learner)).json().seq).toBe(10);
    });

    it('does not complete on a score below the mastery score, whatever the status says', async () => {
      const res = (await commit(learner, 12, { lesson_status: 'passed', score: { raw: '50', min: '0', max: '100' } })).json();
      expect(res).toMatchObject({ saved: true, lessonStatus: 'passed', scoreRaw: 50, completed: false, enrolment: { progressPercent: 0 } });
    });

    it('completes the item, and so the course, on a score that reaches it', async () => {
      const res = (await commit(learner, 13, { lesson_status: 'passed', score: { raw: '100', min: '0', max: '100' }, exit: '' }, 'step=done')).json();
      expect(res).toMatchObject({ saved: true, lessonStatus: 'passed', scoreRaw: 100, completed: true, enrolment: { status: 'completed', progressPercent: 100 } });
      const done = await sql(`SELECT count(*)::int AS n FROM item_completions WHERE item_id = $1`, [itemId]);
      expect(done).toEqual([{ n: 1 }]);
      expect((await call('GET', `/courses/${courseId}`, learner)).json().enrolment.completedItemIds).toEqual([itemId]);
      // Sent twice (a retry after a lost answer), it completes nothing twice.
      expect((await commit(learner, 13, { lesson_status: 'passed', score: { raw: '100' } })).json()).toMatchObject({ saved: false, completed: true });
      expect((await call('GET', `/scorm-items/${itemId}`, learner)).json()).toMatchObject({ completed: true, seq: 13 });
    });

    it('keeps the item completed when a later session reports a lower score', async () => {
      const res = (await commit(learner, 14, { lesson_status: 'failed', score: { raw: '20' } }, 'step=1')).json();
      expect(res).toMatchObject({ saved: true, lessonStatus: 'failed', scoreRaw: 20, completed: true, enrolment: { status: 'completed' } });
      expect((await call('GET', `/scorm-items/${itemId}`, learner)).json()).toMatchObject({ completed: true, seq: 14, cmi: { suspend_data: 'step=1' } });
    });

    it('is 404 for an unknown item, a lesson, or a draft item the reader cannot edit; 401 without a token', async () => {
      expect((await call('GET', `/scorm-items/${randomUUID()}`, learner)).statusCode).toBe(404);
      const lesson = (await call('POST', `/modules/${moduleId}/lessons`, instructor, { title: 'ບົດ', markdown: 'x' })).json().id;
      expect((await call('GET', `/scorm-items/${lesson}`, instructor)).statusCode).toBe(404);
      const draftItem = (await importZip(await scormFixtureZip())).json().id;
      expect((await call('GET', `/scorm-items/${draftItem}`, learner)).statusCode).toBe(404);
      expect((await call('GET', `/scorm-items/${draftItem}`, instructor)).json()).toMatchObject({ enrolled: false, cmi: null });
      expect((await call('GET', `/scorm-items/${itemId}`, undefined)).statusCode).toBe(401);
    });
  });
});
