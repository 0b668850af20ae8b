import { randomUUID } from 'node:crypto';
import { scormFixtureZip } from '@lms/server-testing';
import { multipartFile, startApi, type ApiHarness } from './testing/api-harness';

const COURSE = { title: 'ຄວາມປອດໄພດິຈິຕອນ', summary: '', category: 'cybersecurity', locale: 'lo', level: 'beginner' };

describe('SCORM items: renaming and moving them in the draft (real app, real PostgreSQL)', () => {
  let api: ApiHarness;
  let tokens: Record<'owner' | 'coauthor' | 'other' | 'learner', string>;
  let courseId: string;
  let moduleId: string;
  let lessonIds: string[];
  let itemId: string;
  let imported: { id: string; package: object };

  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, token: string | undefined, payload?: object) => api.request({ method, url: `/api/v1${url}`, token, payload });
  const patch = (payload: object, token = tokens.owner, id = itemId) => call('PATCH', `/scorm-items/${id}`, token, payload);
  const importInto = async (module: string, title: string) => (await api.request({ method: 'POST', url: `/api/v1/modules/${module}/scorm`, token: tokens.owner, ...multipartFile(await scormFixtureZip({ title }), 'package.zip') })).json();
  /** The module's items as [title, position], in order, in the version the reader sees. */
  const outline = async (token: string) => {
    const course = (await call('GET', `/courses/${courseId}`, token)).json();
    return course.modules[0].items.map((i: { title: string; position: number }) => [i.title, i.position]);
  };

  beforeAll(async () => {
    api = await startApi();
    const unit = await api.unit('MTC');
    await api.user('owner@mtc.gov.la', unit, ['instructor']);
    const coauthor = await api.user('coauthor@mtc.gov.la', unit, ['instructor']);
    await api.user('other@mtc.gov.la', unit, ['instructor']);
    await api.user('learner@mtc.gov.la', unit);
    tokens = {
      owner: (await api.login('owner@mtc.gov.la')).accessToken,
      coauthor: (await api.login('coauthor@mtc.gov.la')).accessToken,
      other: (await api.login('other@mtc.gov.la')).accessToken,
      learner: (await api.login('learner@mtc.gov.la')).accessToken,
    };
    courseId = (await call('POST', '/courses', tokens.owner, COURSE)).json().id;
    await call('PUT', `/courses/${courseId}/authors`, tokens.owner, { userIds: [coauthor.id] });
    moduleId = (await call('POST', `/courses/${courseId}/modules`, tokens.owner, { title: 'ພາກທີ 1' })).json().id;
    lessonIds = [];
    for (const title of ['ບົດທີ 1', 'ບົດທີ 2']) lessonIds.push((await call('POST', `/modules/${moduleId}/lessons`, tokens.owner, { title, markdown: 'x' })).json().id);
    imported = await importInto(moduleId, 'ກິດຈະກຳ');
    itemId = imported.id;
    expect((await call('POST', `/courses/${courseId}/publish`, tokens.owner)).statusCode).toBe(200);
  });
  afterAll(() => api.close());

  it('renames the item, trimmed, answering it as the import does', async () => {
    const res = await patch({ title: '  ກິດຈະກຳ: ລະຫັດຜ່ານ  ' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: itemId, kind: 'scorm', courseId, moduleId, title: 'ກິດຈະກຳ: ລະຫັດຜ່ານ', position: 3, package: imported.package });
  });

  it('moves the item within its module, the others making room, as lessons move', async () => {
    expect((await patch({ position: 1 })).json()).toMatchObject({ title: 'ກິດຈະກຳ: ລະຫັດຜ່ານ', position: 1 });
    expect(await outline(tokens.owner)).toEqual([['ກິດຈະກຳ: ລະຫັດຜ່ານ', 1], ['ບົດທີ 1', 2], ['ບົດທີ 2', 3]]);
    // A position past the end puts it last.
    expect((await patch({ position: 99 })).json().position).toBe(3);
    expect(await outline(tokens.owner)).toEqual([['ບົດທີ 1', 1], ['ບົດທີ 2', 2], ['ກິດຈະກຳ: ລະຫັດຜ່ານ', 3]]);
  });

  it('renames and moves at once, and lets a co-author do it', async () => {
    const res = await patch({ title: 'ຝຶກຕັ້ງລະຫັດຜ່ານ', position: 2 }, tokens.coauthor);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: itemId, title: 'ຝຶກຕັ້ງລະຫັດຜ່ານ', position: 2 });
    expect(await outline(tokens.owner)).toEqual([['ບົດທີ 1', 1], ['ຝຶກຕັ້ງລະຫັດຜ່ານ', 2], ['ບົດທີ 2', 3]]);
  });

  it('changes only the draft: learners keep the published version until the next publish', async () => {
    expect((await call('GET', `/courses/${courseId}`, tokens.owner)).json()).toMatchObject({ version: 2, publishedVersion: 1, hasUnpublishedChanges: true });
    expect(await outline(tokens.learner)).toEqual([['ບົດທີ 1', 1], ['ບົດທີ 2', 2], ['ກິດຈະກຳ', 3]]);
    // GET /scorm-items/:id is still the runtime's launch, which reads the published version for learners.
    expect((await call('GET', `/scorm-items/${itemId}`, tokens.learner)).json()).toMatchObject({ itemId, title: 'ກິດຈະກຳ' });
    expect((await call('GET', `/scorm-items/${itemId}`, tokens.owner)).json()).toMatchObject({ itemId, title: 'ຝຶກຕັ້ງລະຫັດຜ່ານ' });

    expect((await call('POST', `/courses/${courseId}/publish`, tokens.owner)).statusCode).toBe(200);
    expect(await outline(tokens.learner)).toEqual([['ບົດທີ 1', 1], ['ຝຶກຕັ້ງລະຫັດຜ່ານ', 2], ['ບົດທີ 2', 3]]);
    expect((await call('GET', `/scorm-items/${itemId}`, tokens.learner)).json().title).toBe('ຝຶກຕັ້ງລະຫັດຜ່ານ');
  });

  it.each([
    ['an empty body', {}],
    ['only undefined fields', { title: undefined }],
  ])('refuses %s with 400 scorm.nothing-to-change', async (_name, body) => {
    const res = await patch(body);
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([{ code: 'scorm.nothing-to-change' }]);
  });

  it.each([
    ['an empty title', { title: '' }, 'title'],
    ['a title of spaces', { title: '   ' }, 'title'],
    ['a title over 200 characters', { title: 'ກ'.repeat(201) }, 'title'],
    ['a title that is not text', { title: 5 }, 'title'],
    ['position 0', { position: 0 }, 'position'],
    ['a position that is not whole', { position: 1.5 }, 'position'],
    ['a position that is not a number', { position: 'first' }, 'position'],
    ['a field it does not take', { markdown: 'x', position: 1 }, 'markdown'],
  ])('refuses %s with 400 naming the field, changing nothing', async (_name, body, field) => {
    const before = await outline(tokens.owner);
    const res = await patch(body);
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { field: string }) => d.field)).toEqual([field]);
    expect(await outline(tokens.owner)).toEqual(before);
  });

  it('is 404 scorm.item-not-found for an unknown id and for a lesson; 400 for an id that is not one', async () => {
    for (const id of [randomUUID(), lessonIds[0]]) {
      const res = await patch({ title: 'x' }, tokens.owner, id);
      expect(res.statusCode).toBe(404);
      expect(res.json().details).toEqual([{ code: 'scorm.item-not-found' }]);
    }
    expect((await patch({ title: 'x' }, tokens.owner, 'not-a-uuid')).statusCode).toBe(400);
  });

  it('is 403 for an instructor who is not an author and for a learner, 401 without a token', async () => {
    const other = await patch({ title: 'ຍຶດເອົາ' }, tokens.other);
    expect(other.statusCode).toBe(403);
    expect(other.json().details).toEqual([{ code: 'courses.not-an-author' }]);
    expect((await patch({ title: 'ຍຶດເອົາ' }, tokens.learner)).statusCode).toBe(403);
    expect((await call('PATCH', `/scorm-items/${itemId}`, undefined, { title: 'ຍຶດເອົາ' })).statusCode).toBe(401);
    expect(await outline(tokens.owner)).toEqual([['ບົດທີ 1', 1], ['ຝຶກຕັ້ງລະຫັດຜ່ານ', 2], ['ບົດທີ 2', 3]]);
  });

  it('is 404 to a non-author while the course has never been published, as for lessons', async () => {
    const draftCourse = (await call('POST', '/courses', tokens.owner, { ...COURSE, title: 'ຮ່າງ' })).json().id;
    const draftModule = (await call('POST', `/courses/${draftCourse}/modules`, tokens.owner, { title: 'ພາກ' })).json().id;
    const draftItem = (await importInto(draftModule, 'ຮ່າງກິດຈະກຳ')).id;
    const draftLesson = (await call('POST', `/modules/${draftModule}/lessons`, tokens.owner, { title: 'ບົດ', markdown: 'x' })).json().id;
    expect((await patch({ title: 'ຍຶດເອົາ' }, tokens.other, draftItem)).json().details).toEqual([{ code: 'courses.course-not-found' }]);
    expect((await call('PATCH', `/lessons/${draftLesson}`, tokens.other, { title: 'ຍຶດເອົາ' })).json().details).toEqual([{ code: 'courses.course-not-found' }]);
    expect((await patch({ title: 'ຮ່າງໃໝ່' }, tokens.owner, draftItem)).json()).toMatchObject({ title: 'ຮ່າງໃໝ່', position: 1 });
  });
});
