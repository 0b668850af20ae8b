import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { AttachmentView, LessonView } from '@lms/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { DATA_SAVER_STORAGE_KEY } from '../../../lib/data-saver';
import { resetBrowserState, signIn } from '../../../testing/test-utils';
import { fakeCoursesApi, ids } from '../testing/fake-courses-api';
import { renderCoursesApp } from '../testing/render-app';

const imageId = '0b6f2c1e-0000-4000-8000-00000000f002';
const audioId = '0b6f2c1e-0000-4000-8000-00000000f003';
const image: AttachmentView = {
  id: imageId,
  filename: 'inbox.png',
  contentType: 'image/png',
  sizeBytes: 1_200_000,
  url: `/api/v1/attachments/${imageId}?exp=1900000000&sig=full`,
  variants: [
    { width: 480, sizeBytes: 48_000, url: `/api/v1/attachments/${imageId}?width=480&exp=1900000000&sig=small` },
    { width: 960, sizeBytes: 150_000, url: `/api/v1/attachments/${imageId}?width=960&exp=1900000000&sig=wide` },
  ],
};
const audio: AttachmentView = { id: audioId, filename: 'greeting.mp3', contentType: 'audio/mpeg', sizeBytes: 2_400_000, url: `/api/v1/attachments/${audioId}?exp=1900000000&sig=aud`, variants: [] };

/** A lesson with an uploaded image, an image from elsewhere, audio and an embedded video (as the server signs and sanitises them). */
const lesson: LessonView = {
  id: ids.lesson1,
  title: 'ອີເມວແມ່ນຫຍັງ',
  html:
    '<p>ເບິ່ງກ່ອງຈົດໝາຍ:</p>\n' +
    `<p><img src="/api/v1/attachments/${imageId}?exp=1900000000&amp;sig=full" alt="ກ່ອງຈົດໝາຍ" loading="lazy"></p>\n` +
    '<p><img src="https://example.org/chart.png" alt=""></p>\n' +
    `<audio controls src="/api/v1/attachments/${audioId}?exp=1900000000&amp;sig=aud"></audio>\n` +
    '<iframe src="https://www.youtube-nocookie.com/embed/abc123" title="ວິທີຂຽນອີເມວ" loading="lazy" allowfullscreen></iframe>\n' +
    '<p>ຈົບ.</p>',
  attachments: [image, audio],
  downloadBytes: 2_500_000,
};

const lessonPath = `/courses/${ids.emailCourse}/lessons/${ids.lesson1}`;

function serveLesson() {
  return fakeCoursesApi({ override: (call) => (call.method === 'GET' && call.url === `/api/v1/lessons/${ids.lesson1}` ? { status: 200, body: lesson } : undefined) });
}

/** Everything in the page that could make the browser fetch media. */
function fetchable(root: Element): Element[] {
  return Array.from(root.querySelectorAll('img, video, audio, iframe, source, [src], [srcset], [poster]'));
}

describe('the lesson reader with data saver', () => {
  beforeEach(() => {
    resetBrowserState();
    signIn();
  });

  afterEach(() => {
    delete (navigator as { connection?: unknown }).connection;
  });

  it('puts no media in the page until tapped, then shows just the one tapped', async () => {
    localStorage.setItem(DATA_SAVER_STORAGE_KEY, 'on');
    serveLesson();
    renderCoursesApp(lessonPath);

    const article = await screen.findByRole('article');
    await within(article).findByText('ຈົບ.');
    expect(fetchable(article)).toEqual([]);
    expect(article.innerHTML).not.toMatch(/attachments|example\.org|youtube/);

    // One placeholder per medium, each named by what it is, its alt text or title, and its cost.
    const placeholders = within(article).getAllByRole('button');
    expect(placeholders.map((button) => button.textContent)).toEqual(['ສະແດງຮູບພາບ (48 kB)ກ່ອງຈົດໝາຍ', 'ສະແດງຮູບພາບ', 'ເປີດໄຟລ໌ສຽງ (2,4 MB)', 'ສະແດງວິດີໂອວິທີຂຽນອີເມວ']);
    const show = within(article).getByRole('button', { name: 'ສະແດງຮູບພາບ (48 kB) ກ່ອງຈົດໝາຍ' });

    fireEvent.click(show);

    // The uploaded image, at its smallest rendition; nothing else.
    const shown = within(article).getByRole('img', { name: 'ກ່ອງຈົດໝາຍ' });
    expect(fetchable(article)).toEqual([shown]);
    expect(shown.getAttribute('src')).toBe(image.variants[0].url);
    // Asked for, and the first picture: fetched at once.
    expect(shown.getAttribute('loading')).toBeNull();
    expect(document.activeElement).toBe(shown);
    expect(within(article).getAllByRole('button')).toHaveLength(3);

    fireEvent.click(within(article).getByRole('button', { name: 'ສະແດງວິດີໂອ ວິທີຂຽນອີເມວ' }));
    const frames = article.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0].getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/abc123');
    expect(fetchable(article)).toHaveLength(2);
  });

  it('is on by default when the browser asks to save data, until the learner chooses', async () => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    serveLesson();
    const view = renderCoursesApp(lessonPath, { locale: 'en' });

    const article = await screen.findByRole('article');
    expect(await within(article).findByRole('button', { name: 'Open audio (2.4 MB)' })).toBeTruthy();
    expect(within(article).getByRole('button', { name: 'Show image (48 kB) ກ່ອງຈົດໝາຍ' })).toBeTruthy();
    expect(fetchable(article)).toEqual([]);
    view.unmount();

    localStorage.setItem(DATA_SAVER_STORAGE_KEY, 'off');
    renderCoursesApp(lessonPath, { locale: 'en' });
    expect((await screen.findByRole('article')).querySelectorAll('img')).toHaveLength(2);
  });

  it('off, changes nothing but when images load: the first at once, the others lazily', async () => {
    serveLesson();
    renderCoursesApp(lessonPath);

    const article = await screen.findByRole('article');
    const images = Array.from(article.querySelectorAll('img'));
    expect(images.map((img) => img.getAttribute('src'))).toEqual([image.url, 'https://example.org/chart.png']);
    expect(images.map((img) => [img.getAttribute('loading'), img.getAttribute('fetchpriority'), img.getAttribute('decoding')])).toEqual([
      [null, 'high', 'async'],
      ['lazy', null, 'async'],
    ]);
    expect(article.querySelectorAll('audio, iframe')).toHaveLength(2);
    expect(within(article).queryAllByRole('button')).toEqual([]);
  });
});
