import type { AppConfig } from '@lms/server-core';
import { FakeClock } from '@lms/server-testing';
import { MediaUrls } from './media-urls';

const ID = '0b6c1a52-3f0e-4b8e-9a51-5d0c2b7e9f10';
const config = { jwt: { accessSecret: 'a-test-secret-long-enough-0123456789abcdef' } } as AppConfig;
const query = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

describe('MediaUrls', () => {
  const clock = new FakeClock(new Date('2026-11-28T10:00:00Z'));
  const urls = new MediaUrls(config, clock);

  it('signs a file link that verifies for its file and rendition only', () => {
    const q = query(urls.sign(`/api/v1/attachments/${ID}?width=480`));
    expect(urls.verify(ID, '480', q.exp, q.sig)).toBe(true);
    expect(urls.verify(ID, '960', q.exp, q.sig)).toBe(false);
    expect(urls.verify(ID, undefined, q.exp, q.sig)).toBe(false);
    expect(urls.verify(ID.replace('0b', '1b'), '480', q.exp, q.sig)).toBe(false);
    expect(urls.verify(ID, '480', q.exp, undefined)).toBe(false);
    expect(new MediaUrls({ jwt: { accessSecret: 'another-secret-0123456789abcdef0123456789' } } as AppConfig, clock).verify(ID, '480', q.exp, q.sig)).toBe(false);
  });

  it('keeps the same link all day, so a lesson’s ETag holds, and stops honouring it after one to two days', () => {
    const morning = urls.sign(`/api/v1/attachments/${ID}`);
    clock.set(new Date('2026-11-28T23:59:00Z'));
    expect(urls.sign(`/api/v1/attachments/${ID}`)).toBe(morning);
    const q = query(morning);
    clock.set(new Date('2026-11-29T23:59:00Z'));
    expect(urls.verify(ID, undefined, q.exp, q.sig)).toBe(true);
    clock.set(new Date('2026-11-30T00:00:01Z'));
    expect(urls.verify(ID, undefined, q.exp, q.sig)).toBe(false);
  });

  it('signs every file link in lesson HTML with escaped ampersands, and nothing else', () => {
    const html = `<p><img src="/api/v1/attachments/${ID}" alt="x"> <a href="/api/v1/attachments/${ID}?width=960">a</a> <a href="/api/v1/courses">c</a></p>`;
    const signed = urls.signHtml(html);
    expect(signed).toMatch(new RegExp(`src="/api/v1/attachments/${ID}\\?exp=\\d+&amp;sig=[\\w-]+"`));
    expect(signed).toMatch(new RegExp(`href="/api/v1/attachments/${ID}\\?width=960&amp;exp=\\d+&amp;sig=[\\w-]+"`));
    expect(signed).toContain('href="/api/v1/courses"');
  });
});
