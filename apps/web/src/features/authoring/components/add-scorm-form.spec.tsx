import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it, type jest } from '@jest/globals';
import type { CourseDetail, ScormItemView } from '@lms/contracts';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderCourseRoute } from '../testing/render-course-route';
import { demoUser, mockFetch, resetBrowserState, signIn, type RecordedCall } from '../../../testing/test-utils';

function course(): CourseDetail {
  return {
    id: 'c1', slug: 'email-lo', title: 'ອີເມວໃນວຽກງານລັດ', summary: 'ສະຫຼຸບ', category: 'email', locale: 'lo', level: 'beginner', estimatedMinutes: 30, status: 'draft',
    tags: [], competences: [], version: 1, publishedVersion: null, hasUnpublishedChanges: true, translationOf: null,
    ownerId: demoUser.id, authorIds: [], canDecide: true,
    modules: [
      { id: 'm1', title: 'ພາກຕົ້ນ', position: 1, items: [{ id: 'l1', kind: 'lesson', title: 'ບົດທີ 1', position: 1 }] },
      { id: 'm2', title: 'ພາກສອງ', position: 2, items: [] },
    ],
  };
}

const imported: ScormItemView = {
  id: 's1', kind: 'scorm', courseId: 'c1', moduleId: 'm1', title: 'ການຝຶກຮັບມືອີເມວຫຼອກລວງ', position: 2,
  package: { id: 'p1', title: 'ການຝຶກຮັບມືອີເມວຫຼອກລວງ', launchPath: 'index.html', masteryScore: 80, fileCount: 12, sizeBytes: 48_000 },
};

const zip = () => new File(['PK'], 'phishing-drill.zip', { type: 'application/zip' });

/** The first module's "Import SCORM package", opened. */
async function openForm() {
  const first = (await screen.findAllByTestId('outline-module'))[0];
  fireEvent.click(within(first).getByText('ນຳເຂົ້າແພັກເກັດ SCORM'));
  return within(first).getByTestId('scorm-import');
}

describe('importing a SCORM package into a module (staff)', () => {
  let calls: RecordedCall[];
  let detail: CourseDetail;
  let answer: { status: number; body: unknown };

  beforeEach(() => {
    resetBrowserState();
    signIn(undefined, { ...demoUser, roles: ['instructor'] });
    detail = course();
    answer = { status: 201, body: imported };
    calls = mockFetch((call) => {
      const url = new URL(call.url, 'http://x');
      if (call.method === 'GET' && url.pathname === '/api/v1/courses/c1') return { status: 200, body: detail };
      if (call.method === 'GET' && url.pathname === '/api/v1/question-banks') return { status: 200, body: { items: [], total: 0, page: 1, pageSize: 100 } };
      if (call.method === 'GET' && url.pathname === '/api/v1/courses/c1/authors') return { status: 200, body: { owner: { id: demoUser.id, displayName: demoUser.displayName, email: demoUser.email }, coAuthors: [] } };
      if (call.method === 'POST' && url.pathname === '/api/v1/modules/m1/scorm') {
        if (answer.status === 201) detail = { ...detail, modules: detail.modules.map((m) => (m.id === 'm1' ? { ...m, items: [...m.items, { id: imported.id, kind: 'scorm' as const, title: imported.title, position: imported.position }] } : m)) };
        return answer;
      }
      return { status: 404, body: {} };
    });
  });

  /** The multipart bodies posted: mockFetch records JSON only, so they are read from the fake itself. */
  const posted = () => (globalThis.fetch as unknown as jest.Mock<typeof fetch>).mock.calls.filter(([, init]) => init?.method === 'POST').map(([input, init]) => [String(input), init?.body]);

  it('keeps Upload disabled until a zip is chosen, and offers only zips', async () => {
    renderCourseRoute('/staff/courses/c1');
    const form = await openForm();
    expect(within(form).getByText('ແພັກເກັດ SCORM 1.2. ບໍ່ຮອງຮັບ SCORM 2004.')).toBeTruthy();
    expect((within(form).getByLabelText('ເລືອກໄຟລ໌ zip') as HTMLInputElement).accept).toBe('.zip,application/zip');
    const send = within(form).getByTestId('import-scorm') as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.click(send);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('posts the zip as multipart `file` to POST /modules/:id/scorm, and the new item shows in the outline', async () => {
    renderCourseRoute('/staff/courses/c1');
    const form = await openForm();
    fireEvent.change(within(form).getByLabelText('ເລືອກໄຟລ໌ zip'), { target: { files: [zip()] } });
    expect(within(form).getByText('phishing-drill.zip')).toBeTruthy();
    fireEvent.click(within(form).getByTestId('import-scorm'));
    expect(await within(form).findByText('ເພີ່ມ “ການຝຶກຮັບມືອີເມວຫຼອກລວງ” ໃສ່ພາກແລ້ວ.')).toBeTruthy();

    const [[url, body]] = posted();
    expect(url).toBe('/api/v1/modules/m1/scorm');
    expect(body).toBeInstanceOf(FormData);
    expect(((body as FormData).get('file') as File).name).toBe('phishing-drill.zip');
    // The browser sets the multipart type and its boundary; the client must not.
    expect(calls.find((c) => c.method === 'POST')!.headers['Content-Type']).toBeUndefined();

    const row = screen.getByText('ການຝຶກຮັບມືອີເມວຫຼອກລວງ').closest('li')!;
    expect(within(row).getByText('ແພັກເກັດ SCORM')).toBeTruthy();
    // The chosen file is spent: a second upload needs a new choice.
    expect(within(form).queryByText('phishing-drill.zip')).toBeNull();
    expect((within(form).getByTestId('import-scorm') as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists each problem of a refused package by file (and line), and adds nothing', async () => {
    answer = {
      status: 422,
      body: { statusCode: 422, error: 'Unprocessable Entity', message: 'The package is invalid', details: [], errors: [{ file: 'imsmanifest.xml', line: 12, message: 'schemaversion 2004 4th Edition is not SCORM 1.2' }, { file: 'shared/launch.html', message: 'not found in the package' }] },
    };
    renderCourseRoute('/staff/courses/c1');
    const form = await openForm();
    fireEvent.change(within(form).getByLabelText('ເລືອກໄຟລ໌ zip'), { target: { files: [zip()] } });
    fireEvent.click(within(form).getByTestId('import-scorm'));
    expect(await within(form).findByText('ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເທື່ອ: ມີ 2 ບັນຫາທີ່ຕ້ອງແກ້ໄຂໃນແພັກເກັດ.')).toBeTruthy();
    expect(within(form).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['imsmanifest.xml, ແຖວ 12: schemaversion 2004 4th Edition is not SCORM 1.2', 'shared/launch.html: not found in the package']);
    expect(screen.queryByText('ແພັກເກັດ SCORM')).toBeNull();
    // The file stays chosen, to send again once fixed; choosing another clears the old problems.
    expect((within(form).getByTestId('import-scorm') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.change(within(form).getByLabelText('ເລືອກໄຟລ໌ zip'), { target: { files: [zip()] } });
    expect(within(form).queryByRole('list')).toBeNull();
  });

  it('says so when the zip is too large (413)', async () => {
    answer = { status: 413, body: { statusCode: 413, error: 'Payload Too Large', message: 'File too large', details: [] } };
    renderCourseRoute('/staff/courses/c1');
    const form = await openForm();
    fireEvent.change(within(form).getByLabelText('ເລືອກໄຟລ໌ zip'), { target: { files: [zip()] } });
    fireEvent.click(within(form).getByTestId('import-scorm'));
    expect(await within(form).findByText('ໄຟລ໌ນີ້ໃຫຍ່ເກີນໄປທີ່ຈະອັບໂຫຼດ.')).toBeTruthy();
  });
});
