import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { CourseAuthors, CourseDetail } from '@lms/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expectNoSeriousAxeFindings, renderCourseRoute } from '../testing/render-course-route';
import { demoUser, mockFetch, resetBrowserState, signIn, type RecordedCall } from '../../../testing/test-utils';

const OWNER = demoUser.id;
const COLLEAGUE = '6f1c2d3e-0000-4000-8000-000000000002';

function course(over: Partial<CourseDetail> = {}): CourseDetail {
  return {
    id: 'c1', slug: 'email-lo', title: 'ອີເມວໃນວຽກງານລັດ', summary: 'ສະຫຼຸບ', category: 'email', locale: 'lo', level: 'beginner', estimatedMinutes: 30, status: 'draft',
    tags: ['ອີເມວ'], competences: [], version: 1, publishedVersion: null, hasUnpublishedChanges: true, translationOf: null,
    ownerId: OWNER, authorIds: [], canDecide: true,
    modules: [
      { id: 'm1', title: 'ພາກຕົ້ນ', position: 1, items: [
        { id: 'l1', kind: 'lesson', title: 'ບົດທີ 1', position: 1 },
        { id: 'l2', kind: 'lesson', title: 'ບົດທີ 2', position: 2 },
        { id: 'l3', kind: 'lesson', title: 'ບົດທີ 3', position: 3 },
      ] },
      { id: 'm2', title: 'ພາກສອງ', position: 2, items: [] },
    ],
    ...over,
  };
}

const people = { owner: { id: OWNER, displayName: 'ສົມໃຈ ພົມມະວົງ', email: 'somchai@mtc.gov.la' }, colleague: { id: COLLEAGUE, displayName: 'ສົມພອນ ວົງສາ', email: 'somphone@mtc.gov.la' } };

/** A fake DataTransfer: jsdom has none. */
function dataTransfer() {
  const data = new Map<string, string>();
  return { types: [] as string[], effectAllowed: '', dropEffect: '', setData(type: string, value: string) { data.set(type, value); this.types.push(type); }, getData: (type: string) => data.get(type) ?? '' };
}


describe('the course editor (staff)', () => {
  let calls: RecordedCall[];
  let detail: CourseDetail;
  let authors: CourseAuthors;

  beforeEach(() => {
    resetBrowserState();
    signIn(undefined, { ...demoUser, roles: ['instructor'] });
    detail = course();
    authors = { owner: people.owner, coAuthors: [] };
    calls = mockFetch((call) => {
      const url = new URL(call.url, 'http://x');
      const body = call.body as Record<string, unknown>;
      if (call.method === 'GET' && url.pathname === '/api/v1/courses/c1') return { status: 200, body: detail };
      if (call.method === 'GET' && url.pathname === '/api/v1/question-banks') return { status: 200, body: { items: [], total: 0, page: 1, pageSize: 100 } };
      if (call.method === 'GET' && url.pathname === '/api/v1/courses/c1/authors') return { status: 200, body: authors };
      if (call.method === 'GET' && url.pathname === '/api/v1/courses/c1/author-candidates') {
        const q = url.searchParams.get('q')!;
        const items = [people.colleague].filter((p) => p.displayName.includes(q) && !authors.coAuthors.some((a) => a.id === p.id));
        return { status: 200, body: { items, total: items.length, page: 1, pageSize: 10 } };
      }
      if (call.method === 'PUT' && url.pathname === '/api/v1/courses/c1/authors') {
        authors = { ...authors, coAuthors: (body.userIds as string[]).map(() => people.colleague) };
        return { status: 200, body: { ownerId: OWNER, authorIds: body.userIds } };
      }
      if (call.method === 'PATCH' && url.pathname === '/api/v1/modules/m1') {
        if (body.title) detail = { ...detail, modules: detail.modules.map((m) => (m.id === 'm1' ? { ...m, title: body.title as string } : m)) };
        return { status: 200, body: detail.modules[0] };
      }
      if (call.method === 'PATCH' && (url.pathname.startsWith('/api/v1/lessons/') || url.pathname.startsWith('/api/v1/scorm-items/'))) return { status: 200, body: {} };
      if (call.method === 'PATCH' && url.pathname === '/api/v1/courses/c1') {
        detail = { ...detail, ...(body as Partial<CourseDetail>) };
        return { status: 200, body: detail };
      }
      if (call.method === 'POST' && url.pathname === '/api/v1/courses/c1/archive') {
        detail = { ...detail, status: 'archived' };
        return { status: 200, body: detail };
      }
      return { status: 404, body: {} };
    });
  });

  it('renames a module with PATCH {title}, and announces it', async () => {
    renderCourseRoute('/staff/courses/c1');
    fireEvent.click(await screen.findByRole('button', { name: 'ປ່ຽນຊື່ “ພາກຕົ້ນ”' }));
    const form = screen.getByTestId('rename-module');
    fireEvent.change(within(form).getByLabelText('ຊື່ພາກ'), { target: { value: '  ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'ບັນທຶກຊື່' }));
    expect(within(form).getByText('ກະລຸນາປ້ອນຂໍ້ມູນນີ້.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('ຊື່ພາກ'), { target: { value: ' ພາກທີ່ໜຶ່ງ ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'ບັນທຶກຊື່' }));
    expect(await screen.findByText('ປ່ຽນຊື່ພາກເປັນ “ພາກທີ່ໜຶ່ງ” ແລ້ວ.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => [c.url, c.body])).toEqual([['/api/v1/modules/m1', { title: 'ພາກທີ່ໜຶ່ງ' }]]);
    expect(screen.queryByTestId('rename-module')).toBeNull();
  });

  it('reorders by drag and drop with the same PATCH {position} as the buttons, and says where it went', async () => {
    renderCourseRoute('/staff/courses/c1');
    const rows = (await screen.findAllByRole('listitem')).filter((li) => li.classList.contains('staff-outline__item'));
    const transfer = dataTransfer();
    // Lesson 3 dropped on lesson 1 takes its place: position 1.
    fireEvent.dragStart(within(rows[2]).getByTestId('drag-handle'), { dataTransfer: transfer });
    fireEvent.dragOver(rows[0], { dataTransfer: transfer });
    expect(rows[0].getAttribute('data-drop-target')).toBe('true');
    fireEvent.drop(rows[0], { dataTransfer: transfer });
    expect(await screen.findByText('ຕອນນີ້ “ບົດທີ 3” ຢູ່ລຳດັບທີ 1 ຈາກ 3.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => [c.url, c.body])).toEqual([['/api/v1/lessons/l3', { position: 1 }]]);

    // A module held over a lesson row goes to the module it is over; the keyboard path says the same.
    const modules = screen.getAllByTestId('outline-module');
    const moduleDrag = dataTransfer();
    fireEvent.dragStart(within(modules[0]).getAllByTestId('drag-handle')[0], { dataTransfer: moduleDrag });
    fireEvent.dragOver(modules[1], { dataTransfer: moduleDrag });
    fireEvent.drop(modules[1], { dataTransfer: moduleDrag });
    expect(await screen.findByText('ຕອນນີ້ “ພາກຕົ້ນ” ຢູ່ລຳດັບທີ 2 ຈາກ 2.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'ຍ້າຍ “ບົດທີ 1” ລົງ' }));
    expect(await screen.findByText('ຕອນນີ້ “ບົດທີ 1” ຢູ່ລຳດັບທີ 2 ຈາກ 3.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => [c.url, c.body])).toEqual([
      ['/api/v1/lessons/l3', { position: 1 }],
      ['/api/v1/modules/m1', { position: 2 }],
      ['/api/v1/lessons/l1', { position: 2 }],
    ]);
  });

  it('moves a SCORM item as it moves a lesson, with PATCH /scorm-items/:id {position}', async () => {
    detail = course({ modules: [{ id: 'm1', title: 'ພາກຕົ້ນ', position: 1, items: [
      { id: 'l1', kind: 'lesson', title: 'ບົດທີ 1', position: 1 },
      { id: 's1', kind: 'scorm', title: 'ກິດຈະກຳລະຫັດຜ່ານ', position: 2 },
    ] }] });
    renderCourseRoute('/staff/courses/c1');
    const rows = (await screen.findAllByRole('listitem')).filter((li) => li.classList.contains('staff-outline__item'));
    const transfer = dataTransfer();
    fireEvent.dragStart(within(rows[1]).getByTestId('drag-handle'), { dataTransfer: transfer });
    fireEvent.dragOver(rows[0], { dataTransfer: transfer });
    fireEvent.drop(rows[0], { dataTransfer: transfer });
    expect(await screen.findByText('ຕອນນີ້ “ກິດຈະກຳລະຫັດຜ່ານ” ຢູ່ລຳດັບທີ 1 ຈາກ 2.')).toBeTruthy();
    const patches = () => calls.filter((c) => c.method === 'PATCH').map((c) => [c.url, c.body]);
    expect(patches()).toEqual([['/api/v1/scorm-items/s1', { position: 1 }]]);
    // The fake answers without reordering, so the item is still last: "down" is off, "up" sends the same.
    expect((screen.getByRole('button', { name: 'ຍ້າຍ “ກິດຈະກຳລະຫັດຜ່ານ” ລົງ' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'ຍ້າຍ “ກິດຈະກຳລະຫັດຜ່ານ” ຂຶ້ນ' }));
    await waitFor(() => expect(patches()).toHaveLength(2));
    expect(patches()[1]).toEqual(['/api/v1/scorm-items/s1', { position: 1 }]);
  });

  it('ignores a drop on the row itself, and a lesson dragged into another module', async () => {
    renderCourseRoute('/staff/courses/c1');
    const rows = (await screen.findAllByRole('listitem')).filter((li) => li.classList.contains('staff-outline__item'));
    const transfer = dataTransfer();
    fireEvent.dragStart(within(rows[1]).getByTestId('drag-handle'), { dataTransfer: transfer });
    fireEvent.drop(rows[1], { dataTransfer: transfer });
    fireEvent.dragStart(within(rows[1]).getByTestId('drag-handle'), { dataTransfer: transfer });
    fireEvent.dragOver(screen.getAllByTestId('outline-module')[1], { dataTransfer: transfer });
    fireEvent.drop(screen.getAllByTestId('outline-module')[1], { dataTransfer: transfer });
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(calls.filter((c) => c.method === 'PATCH')).toEqual([]);
  });

  it('shows Publish and Archive to the owner, asks before archiving, and sends POST …/archive', async () => {
    detail = course({ publishedVersion: 1 });
    renderCourseRoute('/staff/courses/c1');
    expect(await screen.findByTestId('publish')).toBeTruthy();
    fireEvent.click(screen.getByTestId('archive'));
    expect(screen.getByText(/ເກັບ “ອີເມວໃນວຽກງານລັດ” ເຂົ້າແຟ້ມບໍ\?/)).toBeTruthy();
    expect(calls.some((c) => c.url.endsWith('/archive'))).toBe(false);
    // (Role queries over the whole editor are slow in jsdom; the text names the button.)
    fireEvent.click(screen.getByText('ເກັບຫຼັກສູດເຂົ້າແຟ້ມ'));
    expect(await screen.findByText('ເກັບຫຼັກສູດເຂົ້າແຟ້ມແລ້ວ. ຜູ້ຮຽນບໍ່ເຫັນມັນອີກ.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual(['/api/v1/courses/c1/archive']);
    // Archived: publishing brings it back, and there is nothing more to archive.
    expect((await screen.findByText('ເຜີຍແຜ່ອີກຄັ້ງ')).closest('button')?.dataset.testid).toBe('publish');
    expect(screen.queryByTestId('archive')).toBeNull();
  });

  it('shows a co-author neither Publish nor Archive, nor the co-author search', async () => {
    detail = course({ ownerId: COLLEAGUE, authorIds: [OWNER], canDecide: false });
    authors = { owner: people.colleague, coAuthors: [people.owner] };
    renderCourseRoute('/staff/courses/c1');
    expect(await screen.findByText('ເຈົ້າຂອງຫຼັກສູດ ຫຼື ຜູ້ເບິ່ງແຍງລະບົບເປັນຜູ້ເຜີຍແຜ່ ຫຼື ເກັບຫຼັກສູດເຂົ້າແຟ້ມ.')).toBeTruthy();
    expect(screen.queryByTestId('publish')).toBeNull();
    expect(screen.queryByTestId('archive')).toBeNull();
    const panel = screen.getByTestId('course-authors');
    expect(await within(panel).findByText('ສົມພອນ ວົງສາ')).toBeTruthy();
    expect(within(panel).queryByLabelText('ຊອກຫາຄູສອນ')).toBeNull();
    expect(within(panel).queryByRole('button', { name: /ເອົາ/ })).toBeNull();
    expect(calls.some((c) => c.url.includes('author-candidates'))).toBe(false);
  });

  it('lets the owner find a colleague by name and add them with PUT …/authors, then remove them', async () => {
    renderCourseRoute('/staff/courses/c1');
    const panel = await screen.findByTestId('course-authors');
    const find = within(panel).getByLabelText('ຊອກຫາຄູສອນ');
    fireEvent.change(find, { target: { value: 'ສ' } });
    fireEvent.change(find, { target: { value: 'ສົມພ' } });
    fireEvent.click(await within(panel).findByRole('button', { name: 'ເພີ່ມ ສົມພອນ ວົງສາ ເປັນຜູ້ຂຽນ' }));
    expect(await screen.findByText('ຕອນນີ້ ສົມພອນ ວົງສາ ແກ້ໄຂຫຼັກສູດນີ້ໄດ້ແລ້ວ.')).toBeTruthy();
    // One search per pause in typing, and none for a single letter.
    expect(calls.filter((c) => c.url.includes('author-candidates')).map((c) => new URL(c.url, 'http://x').searchParams.get('q'))).toEqual(['ສົມພ']);
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([{ userIds: [COLLEAGUE] }]);

    fireEvent.click(await within(panel).findByRole('button', { name: 'ເອົາ ສົມພອນ ວົງສາ ອອກຈາກຜູ້ຂຽນ' }));
    expect(await screen.findByText('ສົມພອນ ວົງສາ ບໍ່ສາມາດແກ້ໄຂຫຼັກສູດນີ້ໄດ້ອີກ.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([{ userIds: [COLLEAGUE] }, { userIds: [] }]);
  });

  it('saves the course details with PATCH, tags and a cleared study time included', async () => {
    renderCourseRoute('/staff/courses/c1');
    const form = await screen.findByTestId('course-details-form');
    fireEvent.change(within(form).getByLabelText('ຊື່ຫຼັກສູດ'), { target: { value: 'ອີເມວ ສຳລັບພະນັກງານລັດ' } });
    fireEvent.change(within(form).getByLabelText('ລະດັບ'), { target: { value: 'intermediate' } });
    fireEvent.change(within(form).getByLabelText('ເວລາຮຽນໂດຍປະມານ (ນາທີ)'), { target: { value: '' } });
    fireEvent.change(within(form).getByLabelText('ປ້າຍກຳກັບ'), { target: { value: 'ອີເມວ, ຄວາມປອດໄພ, ອີເມວ,' } });
    fireEvent.click(within(form).getByRole('button', { name: 'ບັນທຶກລາຍລະອຽດ' }));
    expect(await screen.findByText('ບັນທຶກລາຍລະອຽດຫຼັກສູດແລ້ວ.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([
      { title: 'ອີເມວ ສຳລັບພະນັກງານລັດ', summary: 'ສະຫຼຸບ', category: 'email', locale: 'lo', level: 'intermediate', estimatedMinutes: null, tags: ['ອີເມວ', 'ຄວາມປອດໄພ'] },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'ອີເມວ ສຳລັບພະນັກງານລັດ' })).toBeTruthy();
  });

  it('downloads the draft as a package zip named by its slug', async () => {
    // The fake answers only text(); the download reads blob(). jsdom has no object URLs and does not navigate.
    const inner = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) === '/api/v1/courses/c1/package') return { status: 200, ok: true, blob: async () => new Blob(['PK'], { type: 'application/zip' }) } as unknown as Response;
      return inner(input, init);
    }) as typeof fetch;
    const saved: string[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = jest.fn(() => 'blob:lane/1');
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderCourseRoute('/staff/courses/c1');
    fireEvent.click(await screen.findByTestId('export-package'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(saved).toEqual(['email-lo.zip']);
    URL.createObjectURL = create;
    click.mockRestore();
  });

  it('has no serious or critical axe-core findings, in Lao and in English', async () => {
    const canvas = jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    for (const locale of ['lo', 'en'] as const) {
      const { container, unmount } = renderCourseRoute('/staff/courses/c1', locale);
      await screen.findByTestId('publish');
      await within(screen.getByTestId('course-authors')).findByText('somchai@mtc.gov.la');
      await expectNoSeriousAxeFindings(container, locale);
      unmount();
    }
    canvas.mockRestore();
  });
});
