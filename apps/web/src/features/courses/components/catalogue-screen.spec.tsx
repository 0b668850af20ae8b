import { beforeEach, describe, expect, it } from '@jest/globals';
import type { CourseSummary } from '@lms/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { resetBrowserState, signIn } from '../../../testing/test-utils';
import { fakeCoursesApi, ids, requests, summaries } from '../testing/fake-courses-api';
import { renderCoursesApp } from '../testing/render-app';

const catalogueRequests = (api: ReturnType<typeof fakeCoursesApi>) =>
  requests(api, 'GET', '/courses?').map((call) => Object.fromEntries(new URL(call.url, 'http://lane.test').searchParams));

describe('the catalogue', () => {
  beforeEach(() => {
    resetBrowserState();
    signIn();
  });

  it('lists the published courses in Lao, each card linking to its course', async () => {
    const api = fakeCoursesApi();
    renderCoursesApp('/courses');

    expect(await screen.findByRole('heading', { level: 1, name: 'ລາຍການຫຼັກສູດ' })).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'ການໃຊ້ອີເມວໃນວຽກງານລັດ' });
    expect(link.getAttribute('href')).toBe(`/courses/${ids.emailCourse}`);

    const card = link.closest('article')!;
    expect(within(card).getByText('ອີເມວ')).toBeTruthy(); // its category
    expect(within(card).getByText('ລະດັບເບື້ອງຕົ້ນ')).toBeTruthy();
    expect(within(card).getByText('ປະມານ 1 ຊົ່ວໂມງ 30 ນາທີ')).toBeTruthy();
    expect(within(card).getByText('ຂຽນ, ຈັດລຽງ ແລະ ປົກປ້ອງອີເມວຂອງທ່ານ ໃນວຽກງານປະຈຳວັນ.')).toBeTruthy();
    // A course in another language than the reader's says so.
    const english = screen.getByRole('link', { name: 'Artificial intelligence at work' }).closest('article')!;
    expect(within(english).getByText('ເປັນພາສາອັງກິດ')).toBeTruthy();
    expect(within(card).queryByText('ເປັນພາສາລາວ')).toBeNull();

    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(3);
    expect(screen.getByText('ພົບ 3 ຫຼັກສູດ')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'ຄົ້ນຫາຫຼັກສູດ' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'ໝວດໝູ່' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'ທັງໝົດ' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'ນະໂຍບາຍ ແລະ ລະບຽບການດິຈິຕອນ' }).getAttribute('aria-pressed')).toBe('false');
    expect(catalogueRequests(api)).toEqual([{ page: '1', pageSize: '20', prefer: 'lo' }]);
  });

  it('filters by category, keeps the filter in the URL and goes back to the previous one', async () => {
    const api = fakeCoursesApi();
    const { router } = renderCoursesApp('/courses');
    await screen.findByRole('link', { name: 'ການໃຊ້ອີເມວໃນວຽກງານລັດ' });

    fireEvent.click(screen.getByRole('button', { name: 'ຄວາມປອດໄພທາງໄຊເບີ' }));

    await waitFor(() => expect(screen.queryByRole('link', { name: 'ການໃຊ້ອີເມວໃນວຽກງານລັດ' })).toBeNull());
    expect(screen.getByRole('link', { name: 'ຄວາມປອດໄພທາງໄຊເບີ ສຳລັບທຸກຄົນ' })).toBeTruthy();
    expect(screen.getByText('ພົບ 1 ຫຼັກສູດ')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'ຄວາມປອດໄພທາງໄຊເບີ' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'ທັງໝົດ' }).getAttribute('aria-pressed')).toBe('false');
    expect(catalogueRequests(api).at(-1)).toEqual({ category: 'cybersecurity', page: '1', pageSize: '20', prefer: 'lo' });
    expect(router.url()).toBe('/courses?category=cybersecurity');

    // The browser's back button: the whole catalogue again, shown at once from the cache.
    act(() => void router.navigate(-1));
    expect(screen.getByRole('link', { name: 'ການໃຊ້ອີເມວໃນວຽກງານລັດ' })).toBeTruthy();
    expect(router.url()).toBe('/courses');
    expect(screen.getByRole('button', { name: 'ທັງໝົດ' }).getAttribute('aria-pressed')).toBe('true');

    // Pressing the chosen category again shows every category.
    fireEvent.click(screen.getByRole('button', { name: 'ອີເມວ' }));
    await waitFor(() => expect(router.url()).toBe('/courses?category=email'));
    fireEvent.click(screen.getByRole('button', { name: 'ອີເມວ' }));
    await waitFor(() => expect(router.url()).toBe('/courses'));
  });

  it('searches on the server once typing pauses, with the text in q', async () => {
    const api = fakeCoursesApi();
    const { router } = renderCoursesApp('/courses?category=email');
    await screen.findByRole('link', { name: 'ການໃຊ້ອີເມວໃນວຽກງານລັດ' });
    const box = screen.getByRole('searchbox', { name: 'ຄົ້ນຫາຫຼັກສູດ' });

    fireEvent.change(box, { target: { value: 'ປົກ' } });
    fireEvent.change(box, { target: { value: 'ປົກປ້ອງ' } });

    await waitFor(() => expect(catalogueRequests(api).at(-1)).toEqual({ category: 'email', q: 'ປົກປ້ອງ', page: '1', pageSize: '20', prefer: 'lo' }));
    // One request for the pause, none for the keystroke before it.
    expect(catalogueRequests(api).map((r) => r.q)).toEqual([undefined, 'ປົກປ້ອງ']);
    expect(router.url()).toBe(`/courses?category=email&q=${encodeURIComponent('ປົກປ້ອງ')}`);
    expect(await screen.findByRole('link', { name: 'ການໃຊ້ອີເມວໃນວຽກງານລັດ' })).toBeTruthy();

    // The keyboard's search key sends at once; spaces are tidied first.
    fireEvent.change(box, { target: { value: '  ຟິດຊິງ   ' } });
    fireEvent.submit(box.closest('form')!);
    expect(catalogueRequests(api).at(-1)).toEqual({ category: 'email', q: 'ຟິດຊິງ', page: '1', pageSize: '20', prefer: 'lo' });
  });

  it('starts from the filter in the URL, as after a reload', async () => {
    const api = fakeCoursesApi();
    renderCoursesApp(`/courses?category=cybersecurity&q=${encodeURIComponent('ຟິດຊິງ')}`);

    expect(await screen.findByRole('link', { name: 'ຄວາມປອດໄພທາງໄຊເບີ ສຳລັບທຸກຄົນ' })).toBeTruthy();
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('ຟິດຊິງ');
    expect(screen.getByRole('button', { name: 'ຄວາມປອດໄພທາງໄຊເບີ' }).getAttribute('aria-pressed')).toBe('true');
    expect(catalogueRequests(api)).toEqual([{ category: 'cybersecurity', q: 'ຟິດຊິງ', page: '1', pageSize: '20', prefer: 'lo' }]);
  });

  it('says when no course matches, and shows them all again', async () => {
    const api = fakeCoursesApi();
    const { router } = renderCoursesApp('/courses');
    await screen.findByRole('link', { name: 'ການໃຊ້ອີເມວໃນວຽກງານລັດ' });

    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'ບໍ່ມີຄຳນີ້' } });

    expect(await screen.findByText('ບໍ່ມີຫຼັກສູດທີ່ກົງກັບການຄົ້ນຫາຂອງທ່ານ.')).toBeTruthy();
    expect(screen.getByText('ພົບ 0 ຫຼັກສູດ')).toBeTruthy();
    expect(screen.queryAllByRole('article')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'ສະແດງຫຼັກສູດທັງໝົດ' }));

    expect(await screen.findByRole('link', { name: 'ການໃຊ້ອີເມວໃນວຽກງານລັດ' })).toBeTruthy();
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
    expect(router.url()).toBe('/courses');
    expect(catalogueRequests(api).map((r) => r.q)).toEqual([undefined, 'ບໍ່ມີຄຳນີ້']);
  });

  it('explains a failure and tries again', async () => {
    let fail = true;
    const api = fakeCoursesApi({ override: (call) => (fail && call.url.startsWith('/api/v1/courses?') ? { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'db down', details: [] } } : undefined) });
    renderCoursesApp('/courses');

    expect((await screen.findByRole('alert')).textContent).toContain('ມີບາງຢ່າງຜິດພາດ. ກະລຸນາລອງໃໝ່.');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'ລອງໃໝ່' }));

    expect(await screen.findByRole('link', { name: 'ການໃຊ້ອີເມວໃນວຽກງານລັດ' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(catalogueRequests(api)).toHaveLength(2);
  });

  it('loads more courses page by page', async () => {
    const many: CourseSummary[] = Array.from({ length: 23 }, (_, i) => ({ ...summaries[0], id: `0b6f2c1e-0000-4000-8000-0000000010${String(i).padStart(2, '0')}`, title: `ຫຼັກສູດທີ ${i + 1}` }));
    const api = fakeCoursesApi({ catalogue: many });
    renderCoursesApp('/courses');

    expect(await screen.findByText('ສະແດງ 20 ຈາກ 23 ຫຼັກສູດ')).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(20);

    fireEvent.click(screen.getByRole('button', { name: 'ສະແດງຫຼັກສູດເພີ່ມເຕີມ' }));

    expect(await screen.findByRole('link', { name: 'ຫຼັກສູດທີ 23' })).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(23);
    expect(screen.queryByRole('button', { name: 'ສະແດງຫຼັກສູດເພີ່ມເຕີມ' })).toBeNull();
    expect(catalogueRequests(api).map((r) => r.page)).toEqual(['1', '2']);
  });

  it('speaks English too', async () => {
    const api = fakeCoursesApi({ catalogue: [summaries[1]] });
    renderCoursesApp('/courses', { locale: 'en' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Course catalogue' })).toBeTruthy();
    const card = (await screen.findByRole('link', { name: 'Artificial intelligence at work' })).closest('article')!;
    expect(within(card).getByText('Intermediate')).toBeTruthy();
    expect(within(card).getByText('About 45 min')).toBeTruthy();
    expect(within(card).getByText('Artificial intelligence')).toBeTruthy();
    expect(screen.getByText('1 course found')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Search courses' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Digital policy and regulation' })).toBeTruthy();
    // English courses first for an English reader.
    expect(catalogueRequests(api)).toEqual([{ page: '1', pageSize: '20', prefer: 'en' }]);
  });
});
