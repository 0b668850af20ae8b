import sharp from 'sharp';
import { startApi, type ApiHarness } from './testing/api-harness';
import { multipartFile } from './testing/multipart';

const COURSE = { title: 'ອີເມວໃນວຽກງານລັດ', summary: '', category: 'email', locale: 'lo', level: 'beginner' };

describe('Course editor: lesson preview, who decides, finding co-authors (real app, real PostgreSQL)', () => {
  let api: ApiHarness;
  let ids: Record<'owner' | 'colleague' | 'namesake' | 'retired' | 'learner', string>;
  let tokens: Record<'admin' | 'owner' | 'colleague' | 'learner', string>;

  beforeAll(async () => {
    api = await startApi();
    const unit = await api.unit('MTC');
    await api.user('admin@mtc.gov.la', unit, ['admin']);
    ids = {
      owner: (await api.user('owner@mtc.gov.la', unit, ['instructor'], { displayName: 'ບຸນມີ ແກ້ວ' })).id,
      colleague: (await api.user('colleague@mtc.gov.la', unit, ['instructor'], { displayName: 'ສົມພອນ ວົງສາ' })).id,
      namesake: (await api.user('somphone.hr@mtc.gov.la', unit, ['hr_manager'], { displayName: 'ສົມພອນ ຄຳ' })).id,
      retired: (await api.user('somphone.old@mtc.gov.la', unit, ['instructor'], { displayName: 'ສົມພອນ ເກົ່າ' })).id,
      learner: (await api.user('learner@mtc.gov.la', unit, ['learner'], { displayName: 'ສົມພອນ ນ້ອຍ' })).id,
    };
    tokens = {
      admin: (await api.login('admin@mtc.gov.la')).accessToken,
      owner: (await api.login('owner@mtc.gov.la')).accessToken,
      colleague: (await api.login('colleague@mtc.gov.la')).accessToken,
      learner: (await api.login('learner@mtc.gov.la')).accessToken,
    };
    const disabled = await api.request({ method: 'PATCH', url: `/api/v1/users/${ids.retired}`, token: tokens.admin, payload: { status: 'disabled' } });
    expect(disabled.statusCode).toBe(200);
  });
  afterAll(() => api.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, token: string, payload?: object) => api.request({ method, url: `/api/v1${url}`, token, payload });

  async function lessonOfNewCourse() {
    const courseId: string = (await call('POST', '/courses', tokens.owner, COURSE)).json().id;
    const moduleId: string = (await call('POST', `/courses/${courseId}/modules`, tokens.owner, { title: 'ພາກທີ 1' })).json().id;
    const lessonId: string = (await call('POST', `/modules/${moduleId}/lessons`, tokens.owner, { title: 'ບົດທີ 1', markdown: '# ສະບາຍດີ' })).json().id;
    return { courseId, moduleId, lessonId };
  }

  it('previews Markdown exactly as saving renders it (sanitised, file links signed, weight counted) and writes nothing', async () => {
    const { courseId, lessonId } = await lessonOfNewCourse();
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#0f766e' } }).jpeg().toBuffer();
    const attachment = (await api.request({ method: 'POST', url: `/api/v1/lessons/${lessonId}/attachments`, token: tokens.owner, ...multipartFile(photo, 'ຮູບ.jpg') })).json();
    const markdown = `## ຫົວຂໍ້\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n![ຮູບ](${attachment.url.split('?')[0]})`;

    const res = await call('POST', `/lessons/${lessonId}/preview`, tokens.owner, { markdown });
    expect(res.statusCode).toBe(200);
    const preview = res.json();
    expect(preview.html).toContain('<h2>ຫົວຂໍ້</h2>');
    expect(preview.html).not.toContain('<script');
    expect(preview.html).not.toMatch(/href="javascript/i);
    expect(preview.html).toMatch(/<img src="\/api\/v1\/attachments\/[0-9a-f-]{36}\?exp=\d+&amp;sig=[\w-]+"/);
    expect(preview.downloadBytes).toBe(Buffer.byteLength(preview.html) + attachment.variants[0].sizeBytes);

    // Nothing was saved; saving the same text gives the same HTML and weight.
    const before = (await call('GET', `/lessons/${lessonId}`, tokens.owner)).json();
    expect(before).toMatchObject({ markdown: '# ສະບາຍດີ' });
    const saved = (await call('PATCH', `/lessons/${lessonId}`, tokens.owner, { markdown })).json();
    expect(saved).toMatchObject({ html: preview.html, downloadBytes: preview.downloadBytes, markdown });

    // The Markdown source is the authors' only: a learner reads the published HTML without it.
    await call('POST', `/courses/${courseId}/publish`, tokens.owner);
    await call('POST', `/courses/${courseId}/enrol`, tokens.learner);
    const read = await call('GET', `/lessons/${lessonId}`, tokens.learner);
    expect(read.statusCode).toBe(200);
    expect(read.json().markdown).toBeUndefined();
  });

  it('refuses a preview to learners (403) and other instructors (404 for a draft), and bad input with 400', async () => {
    const { lessonId, moduleId } = await lessonOfNewCourse();
    expect((await call('POST', `/lessons/${lessonId}/preview`, tokens.learner, { markdown: 'x' })).statusCode).toBe(403);
    expect((await call('POST', `/lessons/${lessonId}/preview`, tokens.colleague, { markdown: 'x' })).statusCode).toBe(404);
    const missing = await call('POST', `/lessons/${lessonId}/preview`, tokens.owner, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details[0].field).toBe('markdown');
    expect((await call('POST', `/lessons/${lessonId}/preview`, tokens.owner, { markdown: 'x'.repeat(200_001) })).statusCode).toBe(400);
    // A module's id is not a lesson's.
    expect((await call('POST', `/lessons/${moduleId}/preview`, tokens.owner, { markdown: 'x' })).statusCode).toBe(404);
    expect((await call('POST', `/lessons/not-a-uuid/preview`, tokens.owner, { markdown: 'x' })).statusCode).toBe(400);
  });

  it('tells the editor who owns the course and whether the reader may publish and archive', async () => {
    const { courseId } = await lessonOfNewCourse();
    const asOwner = (await call('GET', `/courses/${courseId}`, tokens.owner)).json();
    expect(asOwner).toMatchObject({ ownerId: ids.owner, authorIds: [], canDecide: true });

    expect((await call('PUT', `/courses/${courseId}/authors`, tokens.owner, { userIds: [ids.colleague] })).statusCode).toBe(200);
    const asCoAuthor = (await call('GET', `/courses/${courseId}`, tokens.colleague)).json();
    expect(asCoAuthor).toMatchObject({ ownerId: ids.owner, authorIds: [ids.colleague], canDecide: false });
    expect((await call('GET', `/courses/${courseId}`, tokens.admin)).json()).toMatchObject({ canDecide: true });
    // And the API holds to it.
    expect((await call('POST', `/courses/${courseId}/archive`, tokens.colleague)).statusCode).toBe(403);

    await call('POST', `/courses/${courseId}/publish`, tokens.owner);
    const asLearner = (await call('GET', `/courses/${courseId}`, tokens.learner)).json();
    expect(asLearner).not.toHaveProperty('ownerId');
    expect(asLearner).not.toHaveProperty('authorIds');
    expect(asLearner).not.toHaveProperty('canDecide');

    const archived = await call('POST', `/courses/${courseId}/archive`, tokens.owner);
    expect(archived.statusCode).toBe(200);
    expect(archived.json().status).toBe('archived');
  });

  it('lets the owner find active instructors by part of a name or email, and add them as co-authors', async () => {
    const { courseId } = await lessonOfNewCourse();
    const find = (q: string, token = tokens.owner) => call('GET', `/courses/${courseId}/author-candidates?q=${encodeURIComponent(q)}`, token);

    // Only active instructors: not the HR manager, the disabled instructor or the learner of the same name, nor the owner.
    const byName = await find('ສົມພອນ');
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items).toEqual([{ id: ids.colleague, displayName: 'ສົມພອນ ວົງສາ', email: 'colleague@mtc.gov.la' }]);
    expect((await find('COLLEAGUE@')).json().items.map((p: { id: string }) => p.id)).toEqual([ids.colleague]);
    expect((await find('owner')).json().items).toEqual([]);
    // A % or _ typed is a character, not a wildcard.
    expect((await find('%%')).json().items).toEqual([]);
    expect((await find('o_n')).json().items).toEqual([]);

    expect((await call('PUT', `/courses/${courseId}/authors`, tokens.owner, { userIds: [ids.colleague] })).json()).toEqual({ ownerId: ids.owner, authorIds: [ids.colleague] });
    // Once an author, no longer a candidate; the list names everyone.
    expect((await find('ສົມພອນ')).json().items).toEqual([]);
    const authors = await call('GET', `/courses/${courseId}/authors`, tokens.colleague);
    expect(authors.statusCode).toBe(200);
    expect(authors.json()).toEqual({
      owner: { id: ids.owner, displayName: 'ບຸນມີ ແກ້ວ', email: 'owner@mtc.gov.la' },
      coAuthors: [{ id: ids.colleague, displayName: 'ສົມພອນ ວົງສາ', email: 'colleague@mtc.gov.la' }],
    });
  });

  it('keeps the search to those who choose co-authors, and checks what they type', async () => {
    const { courseId } = await lessonOfNewCourse();
    await call('PUT', `/courses/${courseId}/authors`, tokens.owner, { userIds: [ids.colleague] });
    // A co-author edits the course but does not choose its authors.
    const coAuthor = await call('GET', `/courses/${courseId}/author-candidates?q=ບຸນ`, tokens.colleague);
    expect(coAuthor.statusCode).toBe(403);
    expect(coAuthor.json().details[0].code).toBe('courses.not-an-author');
    expect((await call('GET', `/courses/${courseId}/author-candidates?q=ສົມ`, tokens.admin)).statusCode).toBe(200);
    expect((await call('GET', `/courses/${courseId}/author-candidates?q=ສົມ`, tokens.learner)).statusCode).toBe(403);
    expect((await call('GET', `/courses/${courseId}/authors`, tokens.learner)).statusCode).toBe(403);

    const short = await call('GET', `/courses/${courseId}/author-candidates?q=a`, tokens.owner);
    expect(short.statusCode).toBe(400);
    expect(short.json().details[0].field).toBe('q');
    expect((await call('GET', `/courses/${courseId}/author-candidates`, tokens.owner)).statusCode).toBe(400);
    expect((await call('GET', `/courses/00000000-0000-4000-8000-000000000000/author-candidates?q=ສົມ`, tokens.owner)).statusCode).toBe(404);
  });
});
