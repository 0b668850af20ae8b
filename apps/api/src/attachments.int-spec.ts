import sharp from 'sharp';
import { startApi, type ApiHarness } from './testing/api-harness';

function multipart(body: Buffer, filename: string) {
  const boundary = '----lane-attach';
  return {
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      body,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('Lesson attachments (real app, real PostgreSQL, filesystem storage)', () => {
  let api: ApiHarness;
  let instructor: string;
  let learner: string;
  let courseId: string;
  let lessonId: string;

  beforeAll(async () => {
    api = await startApi();
    const unit = await api.unit('MTC');
    await api.user('teacher@mtc.gov.la', unit, ['instructor']);
    await api.user('learner@mtc.gov.la', unit);
    instructor = (await api.login('teacher@mtc.gov.la')).accessToken;
    learner = (await api.login('learner@mtc.gov.la')).accessToken;
    const call = (method: 'POST', url: string, payload: object) => api.request({ method, url: `/api/v1${url}`, token: instructor, payload });
    courseId = (await call('POST', '/courses', { title: 'Devices', summary: '', category: 'digital-basics', locale: 'lo', level: 'beginner' })).json().id;
    const moduleId = (await call('POST', `/courses/${courseId}/modules`, { title: 'ພາກທີ 1' })).json().id;
    lessonId = (await call('POST', `/modules/${moduleId}/lessons`, { title: 'ບົດທີ 1', markdown: 'ເນື້ອໃນ' })).json().id;
  });
  afterAll(() => api.close());

  const upload = (body: Buffer, filename: string, token = instructor) => api.request({ method: 'POST', url: `/api/v1/lessons/${lessonId}/attachments`, token, ...multipart(body, filename) });

  it('stores an image with phone-sized WebP renditions and counts the lesson’s download size', async () => {
    const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#1d4ed8' } }).jpeg({ quality: 90 }).withMetadata({ exif: { IFD0: { Artist: 'someone' } } }).toBuffer();
    const res = await upload(photo, 'ແຜນຜັງ.jpg');
    expect(res.statusCode).toBe(201);
    const attachment = res.json();
    expect(attachment).toMatchObject({ filename: 'ແຜນຜັງ.jpg', contentType: 'image/jpeg', sizeBytes: photo.length });
    expect(attachment.variants.map((v: { width: number; height: number }) => [v.width, v.height])).toEqual([
      [480, 320],
      [960, 640],
    ]);

    const small = await api.request({ method: 'GET', url: attachment.variants[0].url, token: instructor });
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-type']).toBe('image/webp');
    const meta = await sharp(small.rawPayload).metadata();
    expect([meta.width, meta.height]).toEqual([480, 320]);
    expect(meta.exif).toBeUndefined();

    const lesson = (await api.request({ method: 'GET', url: `/api/v1/lessons/${lessonId}`, token: instructor })).json();
    expect(lesson.attachments).toHaveLength(1);
    expect(lesson.downloadBytes).toBe(Buffer.byteLength(lesson.html) + attachment.variants[0].sizeBytes);
  });

  it('stores a PDF as it is and refuses types it does not know, whatever the name says', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF');
    const res = await upload(pdf, 'guide.pdf');
    expect(res.json()).toMatchObject({ contentType: 'application/pdf', variants: [] });
    expect((await upload(Buffer.from('<svg onload="alert(1)"></svg>'), 'logo.png')).statusCode).toBe(415);
    expect((await upload(Buffer.from('MZ\x90\x00 not really a program'), 'notes.pdf')).statusCode).toBe(415);
  });

  it('hands learners signed file links only with a lesson they may read, and refuses links without a valid signature', async () => {
    expect((await api.request({ method: 'GET', url: `/api/v1/lessons/${lessonId}`, token: learner })).statusCode).toBe(404);
    expect((await upload(Buffer.from('%PDF-1.7'), 'x.pdf', learner)).statusCode).toBe(403);
    await api.request({ method: 'POST', url: `/api/v1/courses/${courseId}/publish`, token: instructor });
    const lesson = (await api.request({ method: 'GET', url: `/api/v1/lessons/${lessonId}`, token: learner })).json();
    const url: string = lesson.attachments[0].url;
    expect(url).toMatch(/^\/api\/v1\/attachments\/[0-9a-f-]{36}\?exp=\d+&sig=[\w-]+$/);
    // A plain <img> or link sends no token: the signature alone opens the file.
    const file = await api.request({ method: 'GET', url });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-security-policy']).toContain('sandbox');

    const bare = url.split('?')[0];
    const tampered = url.replace(/sig=./, (s) => (s.endsWith('A') ? 'sig=B' : 'sig=A'));
    const otherWidth = lesson.attachments[0].variants[0].url.replace('width=480', 'width=960');
    const stretched = url.replace(/exp=(\d+)/, (_, exp: string) => `exp=${Number(exp) + 86_400}`);
    for (const bad of [bare, tampered, otherWidth, stretched]) {
      const res = await api.request({ method: 'GET', url: bad, token: learner });
      expect({ bad, status: res.statusCode }).toEqual({ bad, status: 403 });
      expect(res.json().message).toContain('open the lesson again');
    }
  });

  it('signs the file links inside lesson HTML, so images load in the reader', async () => {
    const attachment = (await upload(await sharp({ create: { width: 640, height: 400, channels: 3, background: '#16a34a' } }).png().toBuffer(), 'map.png')).json();
    const inline = `![ແຜນທີ່](${attachment.url.split('?')[0]})`;
    await api.request({ method: 'PATCH', url: `/api/v1/lessons/${lessonId}`, token: instructor, payload: { markdown: inline } });
    const lesson = (await api.request({ method: 'GET', url: `/api/v1/lessons/${lessonId}`, token: instructor })).json();
    const src = /<img src="([^"]+)"/.exec(lesson.html)![1].replaceAll('&amp;', '&');
    expect(src).toContain('&sig=');
    const image = await api.request({ method: 'GET', url: src });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
  });
});
