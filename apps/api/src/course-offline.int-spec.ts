import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { multipartFile, startApi, type ApiHarness } from './testing/api-harness';

describe('GET /courses/:id/offline: the size of a course downloaded for offline reading (real app, real PostgreSQL)', () => {
  let api: ApiHarness;
  let instructor: string;
  let otherInstructor: string;
  let learner: string;
  let courseId: string;
  let lessonIds: string[];

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string | undefined, payload?: object) => api.request({ method, url: `/api/v1${url}`, token, payload });

  beforeAll(async () => {
    api = await startApi();
    const unit = await api.unit('MTC');
    await api.user('teacher@mtc.gov.la', unit, ['instructor']);
    await api.user('other-teacher@mtc.gov.la', unit, ['instructor']);
    await api.user('learner@mtc.gov.la', unit);
    instructor = (await api.login('teacher@mtc.gov.la')).accessToken;
    otherInstructor = (await api.login('other-teacher@mtc.gov.la')).accessToken;
    learner = (await api.login('learner@mtc.gov.la')).accessToken;

    courseId = (await call('POST', '/courses', instructor, { title: 'ອຸປະກອນ', summary: '', category: 'digital-basics', locale: 'lo', level: 'beginner' })).json().id;
    const first = (await call('POST', `/courses/${courseId}/modules`, instructor, { title: 'ພາກທີ 1' })).json().id;
    const second = (await call('POST', `/courses/${courseId}/modules`, instructor, { title: 'ພາກທີ 2' })).json().id;
    const withImage = (await call('POST', `/modules/${first}/lessons`, instructor, { title: 'ບົດທີ 1', markdown: 'ເນື້ອໃນ' })).json().id;
    const plain = (await call('POST', `/modules/${first}/lessons`, instructor, { title: 'ບົດທີ 2', markdown: 'ຂໍ້ຄວາມ **ລາວ** ເທົ່ານັ້ນ' })).json().id;
    const withPdf = (await call('POST', `/modules/${second}/lessons`, instructor, { title: 'ບົດທີ 3', markdown: 'ເອກະສານ' })).json().id;
    lessonIds = [withImage, plain, withPdf];

    const upload = (lessonId: string, body: Buffer, filename: string) =>
      api.request({ method: 'POST', url: `/api/v1/lessons/${lessonId}/attachments`, token: instructor, ...multipartFile(body, filename) });
    const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#1d4ed8' } }).jpeg({ quality: 85 }).toBuffer();
    const image = (await upload(withImage, photo, 'ແຜນຜັງ.jpg')).json();
    // The image inline twice: bare and as a rendition, so both kinds of signed URL are counted.
    const bare = image.url.split('?')[0];
    await call('PATCH', `/lessons/${withImage}`, instructor, { markdown: `ເບິ່ງ ![ແຜນຜັງ](${bare}) ແລະ ![ນ້ອຍ](${bare}?width=480)` });
    await upload(withPdf, Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF'), 'ຄູ່ມື.pdf');
    expect((await call('POST', `/courses/${courseId}/publish`, instructor)).statusCode).toBe(200);
  });
  afterAll(() => api.close());

  /** What GET /lessons/:id says each lesson costs, for the reader holding `token`. */
  async function lessonBytes(token: string): Promise<number[]> {
    return Promise.all(lessonIds.map(async (id) => (await call('GET', `/lessons/${id}`, token)).json().downloadBytes as number));
  }

  it('adds up, lesson by lesson in outline order, to what GET /lessons/:id says each one costs', async () => {
    const res = await call('GET', `/courses/${courseId}/offline`, learner);
    expect(res.statusCode).toBe(200);
    const expected = await lessonBytes(learner);
    expect(res.json()).toEqual({ courseId, bytes: expected.reduce((a, b) => a + b, 0), lessons: lessonIds.map((id, i) => ({ id, bytes: expected[i] })), packages: [] });
    // The image lesson counts its signed inline URLs and its smallest rendition, not the HTML alone.
    const lesson = (await call('GET', `/lessons/${lessonIds[0]}`, learner)).json();
    expect(lesson.html).toContain('&amp;sig=');
    expect(expected[0]).toBe(Buffer.byteLength(lesson.html) + lesson.attachments[0].variants[0].sizeBytes);
  });

  it('counts the draft for its authors and the published version for learners', async () => {
    await call('PATCH', `/lessons/${lessonIds[1]}`, instructor, { markdown: 'ຂໍ້ຄວາມໃໝ່ທີ່ຍາວກວ່າເກົ່າຫຼາຍ, ສະບັບຮ່າງ' });
    const forAuthor = (await call('GET', `/courses/${courseId}/offline`, instructor)).json();
    const forLearner = (await call('GET', `/courses/${courseId}/offline`, learner)).json();
    expect(forAuthor.lessons.map((l: { bytes: number }) => l.bytes)).toEqual(await lessonBytes(instructor));
    expect(forLearner.lessons.map((l: { bytes: number }) => l.bytes)).toEqual(await lessonBytes(learner));
    expect(forAuthor.bytes).not.toBe(forLearner.bytes);
  });

  it('is 404 for a draft the reader cannot edit and for an unknown course, 401 without a token', async () => {
    const draft = (await call('POST', '/courses', otherInstructor, { title: 'ຮ່າງ', summary: '', category: 'email', locale: 'lo', level: 'beginner' })).json().id;
    expect((await call('GET', `/courses/${draft}/offline`, otherInstructor)).json()).toEqual({ courseId: draft, bytes: 0, lessons: [], packages: [] });
    expect((await call('GET', `/courses/${draft}/offline`, learner)).statusCode).toBe(404);
    expect((await call('GET', `/courses/${draft}/offline`, instructor)).statusCode).toBe(404);
    expect((await call('GET', `/courses/${randomUUID()}/offline`, learner)).statusCode).toBe(404);
    expect((await call('GET', `/courses/${courseId}/offline`, undefined)).statusCode).toBe(401);
  });
});
