import '../../../testing/setup-tests';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { CourseDetail, LessonView } from '@lms/contracts';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { expectNoSeriousAxeFindings, renderCourseRoute } from '../testing/render-course-route';
import { demoUser, mockFetch, resetBrowserState, signIn, type FakeResponse, type RecordedCall } from '../../../testing/test-utils';

const ATTACHMENT = '3b0d1c2e-1111-4000-8000-000000000009';

const course: CourseDetail = {
  id: 'c1', slug: 'email-lo', title: 'ອີເມວໃນວຽກງານລັດ', summary: '', category: 'email', locale: 'lo', level: 'beginner', estimatedMinutes: null, status: 'draft',
  tags: [], competences: [], version: 1, publishedVersion: null, hasUnpublishedChanges: true, translationOf: null, ownerId: demoUser.id, authorIds: [], canDecide: true,
  modules: [{ id: 'm1', title: 'ພາກຕົ້ນ', position: 1, items: [{ id: 'l1', kind: 'lesson', title: 'ບົດທີ 1', position: 1 }] }],
};


/** What the server's renderer answers for these bits of Markdown (the real one is tested in course-editor.int-spec.ts). */
const RENDERED: Record<string, string> = {
  'ສະບາຍດີ': '<p>ສະບາຍດີ</p>\n',
  '# ຫົວຂໍ້\n\n<script>alert(1)</script>': '<h1>ຫົວຂໍ້</h1>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n',
};

describe('the lesson editor (staff)', () => {
  let calls: RecordedCall[];
  let lesson: LessonView;
  let upload: FakeResponse;
  let previewBytes: number;

  beforeEach(() => {
    resetBrowserState();
    signIn(undefined, { ...demoUser, roles: ['instructor'] });
    lesson = { id: 'l1', title: 'ບົດທີ 1', markdown: 'ສະບາຍດີ', html: '<p>ສະບາຍດີ</p>\n', attachments: [], downloadBytes: 20 };
    previewBytes = 120;
    upload = { status: 201, body: { id: ATTACHMENT, filename: 'ແຜນທີ່.png', contentType: 'image/png', sizeBytes: 9000, url: `/api/v1/attachments/${ATTACHMENT}?exp=1&sig=x`, variants: [] } };
    calls = mockFetch((call) => {
      const url = new URL(call.url, 'http://x');
      const body = call.body as Record<string, string>;
      if (call.method === 'GET' && url.pathname === '/api/v1/courses/c1') return { status: 200, body: course };
      if (call.method === 'GET' && url.pathname === '/api/v1/lessons/l1') return { status: 200, body: lesson };
      if (call.method === 'POST' && url.pathname === '/api/v1/lessons/l1/preview') return { status: 200, body: { html: RENDERED[body.markdown] ?? '<p>…</p>', downloadBytes: previewBytes } };
      if (call.method === 'POST' && url.pathname === '/api/v1/lessons/l1/attachments') return upload;
      if (call.method === 'PATCH' && url.pathname === '/api/v1/lessons/l1') {
        lesson = { ...lesson, ...body };
        return { status: 200, body: lesson };
      }
      if (call.method === 'GET' && url.pathname === '/api/v1/question-banks') return { status: 200, body: { items: [], total: 0, page: 1, pageSize: 100 } };
      return { status: 404, body: {} };
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  const text = () => screen.getByLabelText('ເນື້ອໃນ (Markdown)') as HTMLTextAreaElement;

  it('opens from the outline, shows the server’s rendering beside the text, and asks once per pause in typing', async () => {
    renderCourseRoute('/staff/courses/c1');
    fireEvent.click(await screen.findByRole('link', { name: 'ບົດທີ 1' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ແກ້ໄຂບົດຮຽນ' })).toBeTruthy();
    const preview = await screen.findByTestId('lesson-preview');
    await within(preview).findByText('ສະບາຍດີ');

    fireEvent.change(text(), { target: { value: '# ຫົວ' } });
    fireEvent.change(text(), { target: { value: '# ຫົວຂໍ້\n\n<script>alert(1)</script>' } });
    await within(preview).findByRole('heading', { name: 'ຫົວຂໍ້' });
    // The typed script is text, as the server's sanitised HTML has it: no element runs.
    expect(preview.querySelector('script')).toBeNull();
    expect(within(preview).getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(calls.filter((c) => c.url.endsWith('/preview')).map((c) => c.body)).toEqual([{ markdown: 'ສະບາຍດີ' }, { markdown: '# ຫົວຂໍ້\n\n<script>alert(1)</script>' }]);
  });

  it('saves only what changed with PATCH, and then has nothing unsaved', async () => {
    renderCourseRoute('/staff/courses/c1?lesson=l1');
    await screen.findByTestId('lesson-form');
    fireEvent.change(text(), { target: { value: 'ສະບາຍດີ ທຸກຄົນ' } });
    expect(screen.getByText('ມີການແກ້ໄຂທີ່ຍັງບໍ່ໄດ້ບັນທຶກ')).toBeTruthy();
    fireEvent.click(screen.getByTestId('save-lesson'));
    expect(await screen.findByText('ບັນທຶກບົດຮຽນແລ້ວ.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => [c.url, c.body])).toEqual([['/api/v1/lessons/l1', { markdown: 'ສະບາຍດີ ທຸກຄົນ' }]]);
    expect(screen.queryByText('ມີການແກ້ໄຂທີ່ຍັງບໍ່ໄດ້ບັນທຶກ')).toBeNull();

    fireEvent.change(screen.getByLabelText('ຊື່ບົດຮຽນ'), { target: { value: ' ບົດນຳ ' } });
    fireEvent.click(screen.getByTestId('save-lesson'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(calls.filter((c) => c.method === 'PATCH').at(-1)!.body).toEqual({ title: 'ບົດນຳ' });
  });

  it('asks before leaving with unsaved changes, and stays when told to', async () => {
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    renderCourseRoute('/staff/courses/c1?lesson=l1');
    await screen.findByTestId('lesson-form');
    const back = screen.getByRole('link', { name: 'ອີເມວໃນວຽກງານລັດ' });
    // Nothing changed yet: leaving asks nothing.
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);

    fireEvent.change(text(), { target: { value: 'ແກ້ໄຂ' } });
    fireEvent.click(back);
    expect(confirm).toHaveBeenCalledWith('ບົດຮຽນນີ້ມີການແກ້ໄຂທີ່ຍັງບໍ່ໄດ້ບັນທຶກ. ອອກໂດຍບໍ່ບັນທຶກບໍ?');
    expect(screen.getByTestId('lesson-form')).toBeTruthy();
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);

    confirm.mockReturnValue(true);
    fireEvent.click(back);
    expect(await screen.findByRole('heading', { level: 1, name: 'ອີເມວໃນວຽກງານລັດ' })).toBeTruthy();
  });

  it('uploads a picture and puts its reference where the caret is; says which types the server takes', async () => {
    renderCourseRoute('/staff/courses/c1?lesson=l1');
    await screen.findByTestId('lesson-form');
    fireEvent.change(text(), { target: { value: 'ກ່ອນ\nຫຼັງ' } });
    text().setSelectionRange(5, 5);
    const picker = screen.getByLabelText('ເພີ່ມຮູບພາບ');
    fireEvent.change(picker, { target: { files: [new File(['png'], 'ແຜນທີ່.png', { type: 'image/png' })] } });
    expect(await screen.findByText('ເພີ່ມຮູບ “ແຜນທີ່.png” ໃສ່ເນື້ອໃນແລ້ວ.')).toBeTruthy();
    expect(text().value).toBe(`ກ່ອນ\n\n![ແຜນທີ່](/api/v1/attachments/${ATTACHMENT})\n\nຫຼັງ`);
    expect(calls.filter((c) => c.method === 'POST' && c.url.endsWith('/attachments'))).toHaveLength(1);

    upload = { status: 415, body: { statusCode: 415, error: 'Unsupported Media Type', message: 'not accepted', details: [] } };
    fireEvent.change(picker, { target: { files: [new File(['<svg/>'], 'logo.png', { type: 'image/png' })] } });
    expect(await screen.findByText('ໃຊ້ໄຟລ໌ນີ້ບໍ່ໄດ້. ກະລຸນາເລືອກຮູບ PNG, JPEG, WebP ຫຼື GIF.')).toBeTruthy();
    expect(text().value).toBe(`ກ່ອນ\n\n![ແຜນທີ່](/api/v1/attachments/${ATTACHMENT})\n\nຫຼັງ`);
  });

  it('shows the lesson’s weight and warns when it is heavy for a phone', async () => {
    previewBytes = 750_000;
    renderCourseRoute('/staff/courses/c1?lesson=l1');
    // Until the first preview answers, the saved lesson's size; then the text as it stands.
    expect((await screen.findByTestId('lesson-weight')).textContent).toBe('ຂະໜາດດາວໂຫຼດໃນໂທລະສັບ: 1 kB');
    expect(await screen.findByText(/ບົດຮຽນນີ້ໜັກເກີນໄປ.*750 kB.*500 kB/)).toBeTruthy();
    expect(screen.getByTestId('lesson-weight').textContent).toBe('ຂະໜາດດາວໂຫຼດໃນໂທລະສັບ: 750 kB');
  });

  it('has no serious or critical axe-core findings, in Lao and in English', async () => {
    const canvas = jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    for (const locale of ['lo', 'en'] as const) {
      const { container, unmount } = renderCourseRoute('/staff/courses/c1?lesson=l1', locale);
      await screen.findByTestId('lesson-preview');
      await expectNoSeriousAxeFindings(container, locale);
      unmount();
    }
    canvas.mockRestore();
  });
});
