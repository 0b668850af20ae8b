import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { parse as parseYaml } from 'yaml';
import { ZipFile } from 'yazl';
import { readZip } from '@lms/server-courses';
import { ScormContentServer } from '@lms/server-scorm';
import { scormFixtureFiles, scormFixtureZip } from '@lms/server-testing';
import { multipartFile, startApi, type ApiHarness } from './testing/api-harness';

const MANIFEST = `translationKey: phishing-basics
slug: phishing-basics-en
locale: en
title: "Phishing: the basics"
summary: Recognise and report phishing.
category: cybersecurity
level: beginner
estimatedMinutes: 30
tags: [phishing]
competences:
  - area: safety
    level: foundation
modules:
  - title: Spotting phishing
    items:
      - lesson: lessons/01-signs.md
        title: The signs of a phishing email
      - quiz: quizzes/module-1.gift
        title: Check yourself
  - title: Reporting
    items:
      - lesson: lessons/02-report.md
        title: What to do next
`;

let PNG: Buffer;

const FILES: Record<string, string | Buffer> = {
  'course.yaml': MANIFEST,
  'lessons/01-signs.md': '# The signs of a phishing email\n\n- Urgency\n- A sender that does not match\n\n![A diagram](media/diagram.png)\n\n<script>alert(1)</script>',
  'lessons/02-report.md': '# What to do next\n\nReport it to your IT focal point. ພະນັກງານລັດ',
  'quizzes/module-1.gift': '$CATEGORY: phishing-basics/module-1\n\n::Urgency::Urgent requests are a warning sign {T}\n',
};

async function zipOf(files: Record<string, string | Buffer>, options: { symlink?: string } = {}): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, content] of Object.entries(files)) {
    if (content === undefined) continue;
    zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name, name === options.symlink ? { mode: 0o120777 } : {});
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

type Outline = { modules: { id: string; items: { id: string }[] }[] };

/** A course as GET /courses/:id shows it, without what differs between two imports of one package. */
const strip = (c: Outline) => ({
  ...c,
  id: undefined,
  slug: undefined,
  translationOf: undefined,
  modules: c.modules.map((m) => ({ ...m, id: undefined, items: m.items.map((i) => ({ ...i, id: undefined })) })),
});

function multipart(zip: Buffer) {
  const boundary = '----lane-package';
  return {
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="course.zip"\r\nContent-Type: application/zip\r\n\r\n`),
      zip,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('Course packages (real app, real PostgreSQL)', () => {
  let api: ApiHarness;
  let instructor: string;
  let learner: string;

  beforeAll(async () => {
    PNG = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#ffffff' } }).png().toBuffer();
    FILES['media/diagram.png'] = PNG;
    api = await startApi({ uploadLimitBytes: 50 * 1024 * 1024 });
    const unit = await api.unit('MTC');
    await api.user('teacher@mtc.gov.la', unit, ['instructor']);
    await api.user('learner@mtc.gov.la', unit);
    instructor = (await api.login('teacher@mtc.gov.la')).accessToken;
    learner = (await api.login('learner@mtc.gov.la')).accessToken;
  });
  afterAll(() => api.close());

  const upload = (zip: Buffer, token = instructor) => api.request({ method: 'POST', url: '/api/v1/course-packages', token, ...multipart(zip) });
  const courseCount = async () => (await api.app.get(DataSource).query('SELECT count(*)::int AS n FROM courses'))[0].n as number;

  it('imports a package as a draft course with its outline, competences and sanitised lessons', async () => {
    const res = await upload(await zipOf(FILES));
    expect(res.statusCode).toBe(201);
    const course = res.json();
    expect(course).toMatchObject({ slug: 'phishing-basics-en', title: 'Phishing: the basics', status: 'draft', competences: [{ area: 'safety', level: 'foundation' }] });
    expect(course.modules.map((m: { title: string; items: { kind: string }[] }) => [m.title, m.items.map((i) => i.kind)])).toEqual([
      ['Spotting phishing', ['lesson', 'quiz']],
      ['Reporting', ['lesson']],
    ]);
    const lesson = await api.request({ method: 'GET', url: `/api/v1/lessons/${course.modules[0].items[0].id}`, token: instructor });
    expect(lesson.json().html).toContain('<li>Urgency</li>');
    expect(lesson.json().html).not.toContain('<script');
    const [attachment] = lesson.json().attachments;
    expect(attachment).toMatchObject({ filename: 'diagram.png', contentType: 'image/png', sizeBytes: PNG.length });
    expect(lesson.json().html).toMatch(new RegExp(`<img src="/api/v1/attachments/${attachment.id}\\?exp=\\d+&amp;sig=[\\w-]+" alt="A diagram"`));
    const file = await api.request({ method: 'GET', url: attachment.url, token: instructor });
    expect(file.rawPayload.equals(PNG)).toBe(true);
  });

  it('exports a package that imports back into an equal course', async () => {
    const original = (await upload(await zipOf({ ...FILES, 'course.yaml': MANIFEST.replace(/phishing-basics-en/, 'roundtrip-en') }))).json();
    const exported = await api.request({ method: 'GET', url: `/api/v1/courses/${original.id}/package`, token: instructor });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toBe('application/zip');
    // Re-import under another slug (slugs are unique) and compare everything but ids and slug.
    const files = await readZip(exported.rawPayload);
    const manifest = files.get('course.yaml')!.toString().replace('slug: roundtrip-en', 'slug: roundtrip-copy-en');
    const copy = (await upload(await zipOf({ ...Object.fromEntries(files), 'course.yaml': manifest }))).json();
    expect(strip(copy)).toEqual(strip(original));
    expect([...files.keys()].filter((f) => f.startsWith('media/'))).toHaveLength(1);
    expect(files.get([...files.keys()].find((f) => f.startsWith('media/'))!)!.equals(PNG)).toBe(true);
    const lessonOf = async (c: { modules: { items: { id: string }[] }[] }, m: number) => {
      const lesson = (await api.request({ method: 'GET', url: `/api/v1/lessons/${c.modules[m].items[0].id}`, token: instructor })).json();
      const ids = lesson.attachments.map((a: { id: string }) => a.id);
      let html: string = lesson.html.replace(/\?exp=\d+&amp;sig=[\w-]+/g, '');
      ids.forEach((id: string, i: number) => (html = html.replaceAll(id, `attachment-${i}`)));
      return { html, attachments: lesson.attachments.map((a: { filename: string; sizeBytes: number }) => [a.filename, a.sizeBytes]) };
    };
    for (const m of [0, 1]) expect(await lessonOf(copy, m)).toEqual(await lessonOf(original, m));
  });

  describe('refuses malformed packages with a 422 naming the file, writing nothing', () => {
    const cases: [string, () => Promise<Buffer>, { file: string; line?: number; message: RegExp }][] = [
      ['a missing manifest', () => zipOf({ 'lessons/01-signs.md': 'x' }), { file: 'course.yaml', message: /missing/ }],
      ['broken YAML', () => zipOf({ ...FILES, 'course.yaml': 'slug: a\ntitle: [unclosed\n' }), { file: 'course.yaml', line: 3, message: /./ }],
      ['an unknown category, on its line', () => zipOf({ ...FILES, 'course.yaml': MANIFEST.replace('category: cybersecurity', 'category: cooking') }), { file: 'course.yaml', line: 6, message: /category must be one of/ }],
      ['a lesson file that is not there', () => zipOf({ ...FILES, 'lessons/02-report.md': undefined as never }), { file: 'course.yaml', line: 22, message: /not in the package/ }],
      ['a lesson that is not UTF-8', () => zipOf({ ...FILES, 'lessons/01-signs.md': Buffer.from([0xff, 0xfe, 0x00, 0xd8]) }), { file: 'lessons/01-signs.md', message: /UTF-8/ }],
      ['a zip-slip path', async () => {
        const zip = await zipOf({ ...FILES, 'xx/evil.md': 'owned' });
        return Buffer.from(zip.toString('latin1').replaceAll('xx/evil.md', '../evil.md'), 'latin1');
      }, { file: '../evil.md', message: /leaves the package/ }],
      ['a lesson that refers to missing media', () => zipOf({ ...FILES, 'media/diagram.png': undefined as never }), { file: 'lessons/01-signs.md', line: 6, message: /media\/diagram.png, which is not in the package/ }],
      ['media of a type lessons may not carry', () => zipOf({ ...FILES, 'media/diagram.png': '<svg onload="alert(1)"/>' }), { file: 'media/diagram.png', message: /not an accepted type/ }],
      ['a symlink', () => zipOf({ ...FILES, 'media/link': '/etc/passwd' }, { symlink: 'media/link' }), { file: 'media/link', message: /symbolic links/ }],
      ['more than 500 entries', () => zipOf({ ...FILES, ...Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`media/f${i}.txt`, 'x'])) }), { file: '(zip)', message: /at most 500/ }],
      ['a zip bomb', () => zipOf({ ...FILES, 'media/bomb.bin': Buffer.alloc(30 * 1024 * 1024) }), { file: 'media/bomb.bin', message: /zip bomb/ }],
      ['something that is not a zip', async () => Buffer.from('just text'), { file: '(zip)', message: /not a readable zip/ }],
    ];

    it.each(cases)('%s', async (_, make, expected) => {
      const before = await courseCount();
      const res = await upload(await make());
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ file: expected.file, ...(expected.line ? { line: expected.line } : {}), message: expect.stringMatching(expected.message) })]));
      expect(await courseCount()).toBe(before);
    });
  });

  describe('SCORM items', () => {
    const call = (method: 'GET' | 'POST', url: string, payload?: object) => api.request({ method, url: `/api/v1${url}`, token: instructor, payload });
    const sql = (text: string, params?: unknown[]) => api.app.get(DataSource).query(text, params);
    const scormRows = async () => (await sql('SELECT count(*)::int AS n FROM scorm_packages'))[0].n as number;
    const storedScormFiles = () => {
      try {
        return readdirSync(join(api.config.storageDir, 'scorm'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
      } catch {
        return 0;
      }
    };
    const FIXTURE = scormFixtureFiles();
    let original: Outline & { id: string; slug: string };
    let files: Map<string, Buffer>;

    beforeAll(async () => {
      const id = (await call('POST', '/courses', { title: 'Safe online', summary: 'Stay safe.', category: 'cybersecurity', locale: 'en', level: 'beginner' })).json().id;
      const addModule = async (title: string) => (await call('POST', `/courses/${id}/modules`, { title })).json().id as string;
      const addScorm = async (moduleId: string, title: string) =>
        expect((await api.request({ method: 'POST', url: `/api/v1/modules/${moduleId}/scorm`, token: instructor, ...multipartFile(await scormFixtureZip({ title }), 'p.zip') })).statusCode).toBe(201);
      const basics = await addModule('Basics');
      await call('POST', `/modules/${basics}/lessons`, { title: 'Why it matters', markdown: '# Why it matters\n\nBecause.' });
      await addScorm(basics, 'Digital safety basics');
      await addScorm(await addModule('Practice'), 'Practice package');
      await addModule('Coming soon');
      original = (await call('GET', `/courses/${id}`)).json();
      const exported = await call('GET', `/courses/${id}/package`);
      expect(exported.statusCode).toBe(200);
      files = await readZip(exported.rawPayload);
    });

    it('exports each SCORM item as a zip of its package, listed in its place in course.yaml, and a module with no items', async () => {
      expect(parseYaml(files.get('course.yaml')!.toString()).modules).toEqual([
        { title: 'Basics', items: [{ lesson: 'lessons/01-01-why-it-matters.md', title: 'Why it matters' }, { scorm: 'scorm/01-02-digital-safety-basics.zip', title: 'Digital safety basics' }] },
        { title: 'Practice', items: [{ scorm: 'scorm/02-01-practice-package.zip', title: 'Practice package' }] },
        { title: 'Coming soon', items: [] },
      ]);
      const inner = await readZip(files.get('scorm/02-01-practice-package.zip')!);
      expect([...inner.keys()].sort()).toEqual(Object.keys(scormFixtureFiles({ title: 'Practice package' })).sort());
      for (const [path, body] of Object.entries(scormFixtureFiles({ title: 'Practice package' }))) expect(inner.get(path)!.equals(Buffer.from(body))).toBe(true);
    });

    it('imports that package back into an equal course whose SCORM items launch from packages of their own', async () => {
      const [rowsBefore, filesBefore] = [await scormRows(), storedScormFiles()];
      const manifest = files.get('course.yaml')!.toString().replace(`slug: ${original.slug}`, 'slug: safe-online-copy');
      const res = await upload(await zipOf({ ...Object.fromEntries(files), 'course.yaml': manifest }));
      expect(res.statusCode).toBe(201);
      const copy = res.json();
      expect(strip(copy)).toEqual(strip(original));
      expect([await scormRows(), storedScormFiles()]).toEqual([rowsBefore + 2, filesBefore + 2 * Object.keys(FIXTURE).length]);

      const content = api.app.get(ScormContentServer);
      for (const item of [copy.modules[0].items[1], copy.modules[1].items[0]]) {
        const launch = await call('GET', `/scorm-items/${item.id}`);
        expect(launch.statusCode).toBe(200);
        expect(launch.json()).toMatchObject({ itemId: item.id, courseId: copy.id, title: item.title, masteryScore: 80 });
        const path = new URL(launch.json().launchUrl).pathname;
        const [, , packageId] = path.split('/');
        expect((await sql('SELECT course_id FROM scorm_packages WHERE id = $1', [packageId]))[0].course_id).toBe(copy.id);
        expect((await content.inject(path)).statusCode).toBe(200);
        const page = await content.inject(`${path.replace('/launch/', '/p/')}sco/index.html`);
        expect([page.statusCode, page.body]).toEqual([200, FIXTURE['sco/index.html']]);
      }
    });

    it('answers 409, naming the activity, when files of a SCORM package are missing from storage', async () => {
      const id = (await call('POST', '/courses', { title: 'Broken storage', summary: 'x', category: 'cybersecurity', locale: 'en', level: 'beginner' })).json().id;
      const moduleId = (await call('POST', `/courses/${id}/modules`, { title: 'Only' })).json().id;
      const item = await api.request({ method: 'POST', url: `/api/v1/modules/${moduleId}/scorm`, token: instructor, ...multipartFile(await scormFixtureZip({ title: 'Lost files' }), 'p.zip') });
      const packageId = item.json().package.id;
      rmSync(join(api.config.storageDir, 'scorm', packageId), { recursive: true, force: true });
      const res = await call('GET', `/courses/${id}/package`);
      expect(res.statusCode).toBe(409);
      expect(res.json().details[0].code).toBe('courses.package-files-missing');
      expect(res.json().message).toContain('"Lost files"');
    });

    const manifestOf = (slug: string) => `slug: ${slug}
locale: en
title: SCORM only
category: cybersecurity
level: beginner
modules:
  - title: Packages
    items:
      - scorm: scorm/01-01-good.zip
        title: A good package
      - scorm: scorm/01-02-bad.zip
        title: A bad package
`;
    const fixtureManifest = String(FIXTURE['imsmanifest.xml']);
    const badZips: [string, () => Promise<Buffer | undefined>, { file: string; message: RegExp }][] = [
      ['SCORM 2004', () => scormFixtureZip({ manifest: fixtureManifest.replace('<schemaversion>1.2<', '<schemaversion>2004 4th Edition<') }), { file: 'scorm/01-02-bad.zip', message: /^imsmanifest\.xml(:\d+)?: is a SCORM 2004 package/ }],
      ['two SCOs', () => scormFixtureZip({ manifest: fixtureManifest.replace('</organization>', '<item identifier="ITEM-2" identifierref="RES-1"><title>Again</title></item></organization>') }), { file: 'scorm/01-02-bad.zip', message: /^imsmanifest\.xml: has 2 SCOs/ }],
      ['no manifest', () => zipOf({ 'index.html': '<p>hi</p>' }), { file: 'scorm/01-02-bad.zip', message: /^imsmanifest\.xml: is missing/ }],
      ['bytes that are not a zip', async () => Buffer.from('not a zip'), { file: 'scorm/01-02-bad.zip', message: /^not a readable zip file/ }],
      ['a zip the package does not hold', async () => undefined, { file: 'course.yaml', message: /names scorm\/01-02-bad\.zip, which is not in the package/ }],
    ];

    it.each(badZips)('refuses a package whose inner SCORM zip is %s with 422 naming it, writing nothing, not even the good one', async (name, bad, expected) => {
      const before = [await courseCount(), await scormRows(), storedScormFiles()];
      const zip = await zipOf({ 'course.yaml': manifestOf(`scorm-bad-${name.replace(/\W+/g, '-')}`.toLowerCase()), 'scorm/01-01-good.zip': await scormFixtureZip(), 'scorm/01-02-bad.zip': (await bad())! });
      const res = await upload(zip);
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual([expect.objectContaining({ file: expected.file, message: expect.stringMatching(expected.message) })]);
      expect([await courseCount(), await scormRows(), storedScormFiles()]).toEqual(before);
    });
  });

  it('refuses a taken slug with 409 and learners with 403', async () => {
    expect((await upload(await zipOf(FILES))).statusCode).toBe(409);
    expect((await upload(await zipOf(FILES), learner)).statusCode).toBe(403);
  });
});
