import { DataSource } from 'typeorm';
import { startApi, type ApiHarness } from './testing/api-harness';

const COURSE = { title: 'Cybersecurity awareness', summary: 'Phishing, passwords and safe devices at work.', category: 'cybersecurity', locale: 'en', level: 'beginner', estimatedMinutes: 90, tags: ['safety'], competences: [{ area: 'safety', level: 'foundation' }] };

describe('Courses: authoring, publishing, versions and reading (real app, real PostgreSQL)', () => {
  let api: ApiHarness;
  let tokens: Record<'admin' | 'instructor' | 'other' | 'learner', string>;

  beforeAll(async () => {
    api = await startApi();
    const unit = await api.unit('MTC');
    await api.user('admin@mtc.gov.la', unit, ['admin']);
    await api.user('teacher@mtc.gov.la', unit, ['instructor']);
    await api.user('other.teacher@mtc.gov.la', unit, ['instructor']);
    await api.user('learner@mtc.gov.la', unit);
    tokens = {
      admin: (await api.login('admin@mtc.gov.la')).accessToken,
      instructor: (await api.login('teacher@mtc.gov.la')).accessToken,
      other: (await api.login('other.teacher@mtc.gov.la')).accessToken,
      learner: (await api.login('learner@mtc.gov.la')).accessToken,
    };
  });
  afterAll(() => api.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string, payload?: object) => api.request({ method, url: `/api/v1${url}`, token, payload });

  async function buildCourse(modules = 1, lessonsPerModule = 1, title = COURSE.title) {
    const course = (await call('POST', '/courses', tokens.instructor, { ...COURSE, title })).json();
    for (let m = 0; m < modules; m++) {
      const mod = (await call('POST', `/courses/${course.id}/modules`, tokens.instructor, { title: `Module ${m + 1}` })).json();
      for (let l = 0; l < lessonsPerModule; l++) {
        await call('POST', `/modules/${mod.id}/lessons`, tokens.instructor, { title: `Lesson ${m + 1}.${l + 1}`, markdown: `# Lesson ${m + 1}.${l + 1}\n\nText.` });
      }
    }
    return course.id as string;
  }

  it('lets an instructor create a course with a slug and an empty outline', async () => {
    const res = await call('POST', '/courses', tokens.instructor, COURSE);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ slug: 'cybersecurity-awareness-en', title: COURSE.title, status: 'draft', version: 1, publishedVersion: null, modules: [], competences: [{ area: 'safety', level: 'foundation' }] });
    const again = await call('POST', '/courses', tokens.instructor, COURSE);
    expect(again.json().slug).toBe('cybersecurity-awareness-en-2');
  });

  it('refuses every write from a learner with 403, and bad input with 400', async () => {
    const id = await buildCourse();
    expect((await call('POST', '/courses', tokens.learner, COURSE)).statusCode).toBe(403);
    expect((await call('PATCH', `/courses/${id}`, tokens.learner, { title: 'x' })).statusCode).toBe(403);
    expect((await call('POST', `/courses/${id}/publish`, tokens.learner)).statusCode).toBe(403);
    expect((await call('POST', `/courses/${id}/modules`, tokens.learner, { title: 'x' })).statusCode).toBe(403);
    const bad = await call('POST', '/courses', tokens.instructor, { ...COURSE, category: 'cooking', level: 'expert', owner: 'me' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { field: string }) => d.field).sort()).toEqual(['category', 'level', 'owner']);
  });

  it('keeps drafts from learners and other instructors, and lets only authors and admins edit', async () => {
    const id = await buildCourse();
    expect((await call('GET', `/courses/${id}`, tokens.learner)).statusCode).toBe(404);
    expect((await call('GET', `/courses/${id}`, tokens.other)).statusCode).toBe(404);
    expect((await call('GET', `/courses/${id}`, tokens.admin)).statusCode).toBe(200);
    expect((await call('PATCH', `/courses/${id}`, tokens.other, { title: 'Hijack' })).statusCode).toBe(404);
    await call('POST', `/courses/${id}/publish`, tokens.instructor);
    expect((await call('PATCH', `/courses/${id}`, tokens.other, { title: 'Hijack' })).statusCode).toBe(403);
    expect((await call('PATCH', `/courses/${id}`, tokens.admin, { summary: 'Edited by an admin' })).statusCode).toBe(200);
  });

  it('lets the owner add a co-author, who may then edit but not publish; learners cannot be co-authors', async () => {
    const id = await buildCourse(1, 1, 'Co-authored course');
    const otherId = (await call('GET', '/me', tokens.other)).json().id;
    const learnerId = (await call('GET', '/me', tokens.learner)).json().id;
    expect((await call('PATCH', `/courses/${id}`, tokens.other, { summary: 'x' })).statusCode).toBe(404);
    expect((await call('PUT' as 'PATCH', `/courses/${id}/authors`, tokens.instructor, { userIds: [learnerId] })).statusCode).toBe(400);
    const res = await call('PUT' as 'PATCH', `/courses/${id}/authors`, tokens.instructor, { userIds: [otherId] });
    expect(res.json()).toEqual({ ownerId: expect.any(String), authorIds: [otherId] });
    expect((await call('PATCH', `/courses/${id}`, tokens.other, { summary: 'Improved by a co-author' })).statusCode).toBe(200);
    expect((await call('PUT' as 'PATCH', `/courses/${id}/authors`, tokens.other, { userIds: [] })).statusCode).toBe(403);
    const publish = await call('POST', `/courses/${id}/publish`, tokens.other);
    expect(publish.statusCode).toBe(403);
    expect(publish.json().details).toEqual([expect.objectContaining({ code: 'courses.not-an-author' })]);
    expect((await call('POST', `/courses/${id}/archive`, tokens.other)).statusCode).toBe(403);
    expect((await call('GET', `/courses/${id}`, tokens.learner)).statusCode).toBe(404);
  });

  it('refuses to publish a course with no lessons', async () => {
    const empty = (await call('POST', '/courses', tokens.instructor, { ...COURSE, title: 'Empty course' })).json();
    expect((await call('POST', `/courses/${empty.id}/publish`, tokens.instructor)).statusCode).toBe(409);
  });

  it('publishes a frozen version: learners keep seeing it while the authors edit the next draft', async () => {
    const id = await buildCourse(2, 2, 'Email for government work');
    const published = await call('POST', `/courses/${id}/publish`, tokens.instructor);
    expect(published.json()).toMatchObject({ status: 'published', version: 1, publishedVersion: 1, hasUnpublishedChanges: false });

    const learnerView = (await call('GET', `/courses/${id}`, tokens.learner)).json();
    expect(learnerView.modules.map((m: { title: string }) => m.title)).toEqual(['Module 1', 'Module 2']);
    const lessonId = learnerView.modules[0].items[0].id;
    const moduleId = learnerView.modules[1].id;

    await call('PATCH', `/courses/${id}`, tokens.instructor, { title: 'Email for government work, 2nd edition' });
    await call('PATCH', `/lessons/${lessonId}`, tokens.instructor, { title: 'Renamed lesson', markdown: 'New **text**' });
    await call('PATCH', `/modules/${moduleId}`, tokens.instructor, { title: 'Module two, moved first', position: 1 });

    const draft = (await call('GET', `/courses/${id}`, tokens.instructor)).json();
    expect(draft).toMatchObject({ version: 2, publishedVersion: 1, hasUnpublishedChanges: true, title: 'Email for government work, 2nd edition' });
    expect(draft.modules.map((m: { title: string; position: number }) => [m.title, m.position])).toEqual([['Module two, moved first', 1], ['Module 1', 2]]);
    expect(draft.modules[1].items[0]).toMatchObject({ id: lessonId, title: 'Renamed lesson' });

    const stillPublished = (await call('GET', `/courses/${id}`, tokens.learner)).json();
    expect(stillPublished).toMatchObject({ version: 1, title: 'Email for government work' });
    expect(stillPublished.modules.map((m: { title: string }) => m.title)).toEqual(['Module 1', 'Module 2']);
    expect((await call('GET', `/lessons/${lessonId}`, tokens.learner)).json()).toMatchObject({ title: 'Lesson 1.1', html: expect.stringContaining('<h1>Lesson 1.1</h1>') });

    await call('POST', `/courses/${id}/publish`, tokens.instructor);
    expect((await call('GET', `/courses/${id}`, tokens.learner)).json()).toMatchObject({ version: 2, title: 'Email for government work, 2nd edition' });
    expect((await call('GET', `/lessons/${lessonId}`, tokens.learner)).json().html).toBe('<p>New <strong>text</strong></p>\n');
  });

  it('lists published courses to learners, and drafts only to their authors and admins', async () => {
    const draftId = await buildCourse(1, 1, 'Data science foundations');
    const publishedId = await buildCourse(1, 1, 'AI fundamentals for public servants');
    await call('POST', `/courses/${publishedId}/publish`, tokens.instructor);

    const catalogue = (await call('GET', '/courses?pageSize=100', tokens.learner)).json();
    const ids = catalogue.items.map((c: { id: string }) => c.id);
    expect(ids).toContain(publishedId);
    expect(ids).not.toContain(draftId);
    expect(catalogue.items.find((c: { id: string }) => c.id === publishedId)).toEqual({
      id: publishedId, slug: expect.any(String), title: 'AI fundamentals for public servants', summary: COURSE.summary, category: 'cybersecurity', locale: 'en', level: 'beginner', estimatedMinutes: 90, status: 'published',
    });
    expect((await call('GET', '/courses?status=draft', tokens.learner)).statusCode).toBe(403);
    expect((await call('GET', '/courses?status=draft&pageSize=100', tokens.instructor)).json().items.map((c: { id: string }) => c.id)).toContain(draftId);
    expect((await call('GET', '/courses?status=draft&pageSize=100', tokens.other)).json().items.map((c: { id: string }) => c.id)).not.toContain(draftId);
    expect((await call('GET', '/courses?q=FUNDAMENTALS', tokens.learner)).json().items.map((c: { id: string }) => c.id)).toEqual([publishedId]);
    expect((await call('GET', '/courses?category=email', tokens.learner)).json().total).toBe(0);

    // "My courses": an author's own, in each status; another instructor's are not listed; learners may not ask.
    const mine = async (token: string, status = '') => (await call('GET', `/courses?mine=true&pageSize=100${status}`, token)).json().items.map((c: { id: string }) => c.id);
    expect(await mine(tokens.instructor)).toContain(publishedId);
    expect(await mine(tokens.instructor)).not.toContain(draftId);
    expect(await mine(tokens.instructor, '&status=draft')).toContain(draftId);
    expect(await mine(tokens.other)).not.toContain(publishedId);
    expect(await mine(tokens.admin)).toContain(publishedId);
    expect((await call('GET', '/courses?mine=true', tokens.learner)).statusCode).toBe(403);
    const bad = await call('GET', '/courses?mine=perhaps', tokens.instructor);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('mine');
  });

  it('finds Lao words inside unspaced Lao text, in titles, summaries and lessons', async () => {
    const lao = (await call('POST', '/courses', tokens.instructor, { ...COURSE, locale: 'lo', title: 'ຄວາມຮູ້ດ້ານຄວາມປອດໄພທາງໄຊເບີ', summary: 'ສຳລັບພະນັກງານລັດທຸກຂັ້ນ' })).json();
    const mod = (await call('POST', `/courses/${lao.id}/modules`, tokens.instructor, { title: 'ພາກທີ 1' })).json();
    await call('POST', `/modules/${mod.id}/lessons`, tokens.instructor, { title: 'ບົດທີ 1', markdown: 'ທຸກຄົນຕ້ອງຮຽນຮູ້ວິທີສັງເກດອີເມວຫຼອກລວງ' });
    await call('POST', `/courses/${lao.id}/publish`, tokens.instructor);
    const search = async (q: string) => (await call('GET', `/courses?q=${encodeURIComponent(q)}`, tokens.learner)).json().items.map((c: { id: string }) => c.id);
    expect(await search('ຄວາມປອດໄພ')).toEqual([lao.id]);
    expect(await search('ພະນັກງານ')).toEqual([lao.id]);
    expect(await search('ຫຼອກລວງ')).toEqual([lao.id]);
    expect(await search('ກະສິກຳ')).toEqual([]);

    // A Lao reader's catalogue: the Lao courses first (Latin titles would sort ahead of Lao script), then the rest by title.
    const locales = async (query: string) => (await call('GET', `/courses?pageSize=100${query}`, tokens.learner)).json().items.map((c: { locale: string; title: string }) => c.locale);
    expect((await locales('')).indexOf('lo')).toBeGreaterThan(0);
    const preferred = await locales('&prefer=lo');
    expect(preferred[0]).toBe('lo');
    expect(preferred.lastIndexOf('lo')).toBeLessThan(preferred.indexOf('en'));
    expect((await locales('&prefer=en'))[0]).toBe('en');
    const bad = await call('GET', '/courses?prefer=fr', tokens.learner);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('prefer');
  });

  it('archives a course out of the catalogue', async () => {
    const id = await buildCourse(1, 1, 'Digital policy and regulation');
    await call('POST', `/courses/${id}/publish`, tokens.instructor);
    expect((await call('POST', `/courses/${id}/archive`, tokens.instructor)).json().status).toBe('archived');
    expect((await call('GET', '/courses?pageSize=100', tokens.learner)).json().items.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await call('GET', `/courses/${id}`, tokens.learner)).statusCode).toBe(404);
  });

  it('renders lesson Markdown on the server without script or event handlers', async () => {
    const id = await buildCourse(1, 0, 'Safe web search');
    const mod = (await call('GET', `/courses/${id}`, tokens.instructor)).json().modules[0];
    const lesson = await call('POST', `/modules/${mod.id}/lessons`, tokens.instructor, {
      title: 'ການຄົ້ນຫາ',
      markdown: 'ຄົ້ນຫາ <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>',
    });
    expect(lesson.statusCode).toBe(201);
    expect(lesson.json().html).not.toMatch(/<script|<img|<[a-z][^>]*\son[a-z]+=|href="javascript/i);
    expect(lesson.json().html).toContain('ຄົ້ນຫາ');
  });

  it('answers a repeat lesson fetch with 304 Not Modified, and a changed lesson with 200', async () => {
    const id = await buildCourse(1, 1, 'ETag course');
    const lessonId = (await call('GET', `/courses/${id}`, tokens.instructor)).json().modules[0].items[0].id;
    const first = await call('GET', `/lessons/${lessonId}`, tokens.instructor);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const repeat = await api.request({ method: 'GET', url: `/api/v1/lessons/${lessonId}`, token: tokens.instructor, headers: { 'if-none-match': etag } });
    expect(repeat.statusCode).toBe(304);
    expect(repeat.body).toBe('');
    await call('PATCH', `/lessons/${lessonId}`, tokens.instructor, { markdown: 'changed' });
    const changed = await api.request({ method: 'GET', url: `/api/v1/lessons/${lessonId}`, token: tokens.instructor, headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
  });

  it('reads the catalogue and a lesson in a fixed number of queries', async () => {
    const ds = api.app.get(DataSource);
    const id = await buildCourse(3, 3, 'Query count course');
    await call('POST', `/courses/${id}/publish`, tokens.instructor);
    const lessonId = (await call('GET', `/courses/${id}`, tokens.learner)).json().modules[2].items[2].id;
    const spy = jest.spyOn(ds, 'query');
    await call('GET', '/courses?pageSize=100', tokens.learner);
    expect(spy.mock.calls.length).toBe(1);
    spy.mockClear();
    await call('GET', `/lessons/${lessonId}`, tokens.learner);
    expect(spy.mock.calls.length).toBe(2);
    spy.mockRestore();
  });

  it('reads an outline in the same number of queries whatever its size', async () => {
    const small = await buildCourse(1, 1, 'Small course');
    const large = await buildCourse(8, 4, 'Large course');
    const ds = api.app.get(DataSource);
    const spy = jest.spyOn(ds, 'query');
    await call('GET', `/courses/${small}`, tokens.instructor);
    const smallQueries = spy.mock.calls.length;
    spy.mockClear();
    const res = await call('GET', `/courses/${large}`, tokens.instructor);
    const largeQueries = spy.mock.calls.length;
    spy.mockRestore();
    expect(res.json().modules).toHaveLength(8);
    expect(res.json().modules[7].items).toHaveLength(4);
    expect(largeQueries).toBe(smallQueries);
    expect(largeQueries).toBeLessThanOrEqual(2);
  });
});
