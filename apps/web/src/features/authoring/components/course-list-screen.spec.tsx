import '../../../testing/setup-tests';
import { beforeEach, describe, expect, it } from '@jest/globals';
import type { CourseSummary } from '@lms/contracts';
import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { AppProvider } from '../../../app/provider';
import { MemoryRouter } from '../../../lib/router';
import { demoUser, mockFetch, resetBrowserState, signIn, type RecordedCall } from '../../../testing/test-utils';
import { CourseListScreen } from './course-list-screen';

const course = (id: string, title: string, status: CourseSummary['status']): CourseSummary => ({ id, slug: id, title, summary: '', category: 'email', locale: 'lo', level: 'beginner', estimatedMinutes: 30, status });

function renderScreen() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={['/staff/courses']}>
        <CourseListScreen />
      </MemoryRouter>
    </AppProvider>,
  );
}

describe('my courses (staff)', () => {
  let calls: RecordedCall[];
  let courses: CourseSummary[];
  let createStatus: number;
  let packageStatus: number;

  beforeEach(() => {
    resetBrowserState();
    signIn(undefined, { ...demoUser, roles: ['instructor'] });
    courses = [course('c1', 'ອີເມວໃນວຽກງານລັດ', 'draft'), course('c2', 'ຄວາມປອດໄພທາງໄຊເບີ', 'published')];
    createStatus = 201;
    packageStatus = 201;
    calls = mockFetch((call) => {
      const url = new URL(call.url, 'http://x');
      if (call.method === 'GET' && url.pathname === '/api/v1/courses') {
        const items = courses.filter((c) => c.status === url.searchParams.get('status'));
        return { status: 200, body: { items, total: items.length, page: 1, pageSize: 50 } };
      }
      if (call.method === 'POST' && url.pathname === '/api/v1/course-packages') {
        if (packageStatus === 422) return { status: 422, body: { statusCode: 422, error: 'Unprocessable Entity', message: 'The package is invalid', details: [], errors: [{ file: 'course.yaml', line: 4, message: 'locale must be lo or en' }, { file: 'lessons/02.md', message: 'not found in the package' }] } };
        if (packageStatus === 409) return { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'slug exists', details: [] } };
        const made = course('c9', 'ການຄົ້ນຫາຂໍ້ມູນ', 'draft');
        courses.push(made);
        return { status: 201, body: { ...made, modules: [] } };
      }
      if (call.method === 'POST' && url.pathname === '/api/v1/courses') {
        if (createStatus !== 201) return { status: createStatus, body: { statusCode: createStatus, error: 'Conflict', message: 'slug exists', details: [] } };
        const made = { ...course('c3', (call.body as { title: string }).title, 'draft') };
        courses.push(made);
        return { status: 201, body: { ...made, modules: [] } };
      }
      return { status: 404, body: {} };
    });
  });

  it('lists the instructor’s own courses by status, asking the server for theirs only', async () => {
    renderScreen();
    expect(await screen.findByRole('link', { name: 'ອີເມວໃນວຽກງານລັດ' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'ເຜີຍແຜ່ແລ້ວ' }));
    expect(await screen.findByRole('link', { name: 'ຄວາມປອດໄພທາງໄຊເບີ' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'ອີເມວໃນວຽກງານລັດ' })).toBeNull();
    expect(calls.map((c) => new URL(c.url, 'http://x').searchParams.get('mine'))).toEqual(['true', 'true']);
    fireEvent.click(screen.getByRole('button', { name: 'ເກັບເຂົ້າແຟ້ມແລ້ວ' }));
    expect(await screen.findByText('ຍັງບໍ່ມີຫຼັກສູດໃນສະຖານະນີ້.')).toBeTruthy();
  });

  it('checks the new course before sending it, and says so when the name is taken', async () => {
    renderScreen();
    fireEvent.click(await screen.findByRole('button', { name: 'ສ້າງຫຼັກສູດໃໝ່' }));
    const form = screen.getByTestId('new-course-form');
    fireEvent.change(within(form).getByLabelText('ເວລາຮຽນໂດຍປະມານ (ນາທີ)'), { target: { value: '1,5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'ສ້າງຫຼັກສູດ' }));
    expect(within(form).getByText('ກະລຸນາປ້ອນຂໍ້ມູນນີ້.')).toBeTruthy();
    // Numbers in the message as Lao writes them.
    expect(within(form).getByText('ກະລຸນາປ້ອນຕົວເລກຖ້ວນ ແຕ່ 1 ຫາ 10.000.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    createStatus = 409;
    fireEvent.change(within(form).getByLabelText('ຊື່ຫຼັກສູດ'), { target: { value: 'ອີເມວໃນວຽກງານລັດ' } });
    fireEvent.change(within(form).getByLabelText('ເວລາຮຽນໂດຍປະມານ (ນາທີ)'), { target: { value: '30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'ສ້າງຫຼັກສູດ' }));
    expect(await within(form).findByText('ມີຫຼັກສູດທີ່ໃຊ້ຊື່ນີ້ແລ້ວ. ກະລຸນາປ່ຽນຊື່.')).toBeTruthy();

    createStatus = 201;
    packageStatus = 201;
    fireEvent.change(within(form).getByLabelText('ຊື່ຫຼັກສູດ'), { target: { value: 'ອີເມວຂັ້ນສູງ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'ສ້າງຫຼັກສູດ' }));
    expect(await screen.findByText('ສ້າງຫຼັກສູດ “ອີເມວຂັ້ນສູງ” ແລ້ວ (ສະບັບຮ່າງ).')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'ອີເມວຂັ້ນສູງ' })).toBeTruthy();
    const post = calls.filter((c) => c.method === 'POST').at(-1)!;
    expect(post.body).toEqual({ title: 'ອີເມວຂັ້ນສູງ', summary: '', category: 'digital-basics', locale: 'lo', level: 'beginner', estimatedMinutes: 30 });
  });

  it('imports a course package, listing every problem by file and line when the server refuses it', async () => {
    renderScreen();
    fireEvent.click(await screen.findByTestId('open-package-import'));
    const form = screen.getByTestId('package-import');
    const send = within(form).getByTestId('import-package') as HTMLButtonElement;
    expect(send.disabled).toBe(true);

    packageStatus = 422;
    fireEvent.change(within(form).getByLabelText('ເລືອກໄຟລ໌ zip'), { target: { files: [new File(['PK'], 'search-lo.zip', { type: 'application/zip' })] } });
    expect(within(form).getByText('search-lo.zip')).toBeTruthy();
    fireEvent.click(send);
    expect(await within(form).findByText('ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເທື່ອ: ມີ 2 ບັນຫາທີ່ຕ້ອງແກ້ໄຂໃນແພັກເກັດ.')).toBeTruthy();
    expect(within(form).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['course.yaml, ແຖວ 4: locale must be lo or en', 'lessons/02.md: not found in the package']);

    packageStatus = 409;
    fireEvent.click(send);
    expect(await within(form).findByText('ມີຫຼັກສູດທີ່ໃຊ້ທີ່ຢູ່ເວັບ (slug) ດຽວກັນແລ້ວ. ກະລຸນາປ່ຽນ slug ໃນ course.yaml ແລ້ວລອງໃໝ່.')).toBeTruthy();

    packageStatus = 201;
    fireEvent.click(send);
    expect(await screen.findByText('ນຳເຂົ້າຫຼັກສູດ “ການຄົ້ນຫາຂໍ້ມູນ” ແລ້ວ (ສະບັບຮ່າງ).')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'ການຄົ້ນຫາຂໍ້ມູນ' })).toBeTruthy();
    expect(screen.queryByTestId('package-import')).toBeNull();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual(['/api/v1/course-packages', '/api/v1/course-packages', '/api/v1/course-packages']);
  });
});
