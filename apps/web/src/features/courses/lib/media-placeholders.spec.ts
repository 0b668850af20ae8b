import { describe, expect, it } from '@jest/globals';
import type { AttachmentView } from '@lms/contracts';
import { holdLessonMedia, showHeldMedia } from './media-placeholders';

const id = '0b6f2c1e-0000-4000-8000-00000000f009';
const clip: AttachmentView = { id, filename: 'clip.m4a', contentType: 'audio/mp4', sizeBytes: 900_000, url: `/api/v1/attachments/${id}?exp=1&sig=a`, variants: [] };
const label = (kind: string, bytes?: number) => `${kind}${bytes === undefined ? '' : ` ${bytes}`}`;

describe('holding lesson media behind placeholders', () => {
  it('holds a video with its sources and fallback whole, sized by its source, and gives it back on the tap', () => {
    const html = `<video controls="" poster="/p.png"><source src="/api/v1/attachments/${id}?exp=1&amp;sig=a"><img src="/fallback.png" alt="x"></video><p>after</p>`;
    const { html: shown, held } = holdLessonMedia(html, [clip], label, 'en');

    expect(shown).toBe('<button type="button" class="lesson-media" data-held="0"><span class="lesson-media__label" lang="en">video 900000</span></button><p>after</p>');
    expect(held).toEqual([html.replace('<p>after</p>', '')]);

    const host = document.createElement('div');
    host.innerHTML = shown;
    document.body.append(host);
    showHeldMedia(host.querySelector('button')!, held);
    expect(host.querySelector('video source')?.getAttribute('src')).toBe(clip.url);
    expect(document.activeElement).toBe(host.querySelector('video'));
    host.remove();
  });

  it('sizes an image at the rendition its URL names, and leaves an unknown one unsized', () => {
    const image: AttachmentView = { ...clip, contentType: 'image/png', variants: [{ width: 480, sizeBytes: 40_000, url: `/api/v1/attachments/${id}?width=480&exp=1&sig=s` }] };
    const { held, html } = holdLessonMedia(`<img src="/api/v1/attachments/${id}?width=480&amp;exp=1&amp;sig=s" title="T"><img src="https://example.org/x.png">`, [image], label, 'lo');
    expect(html).toContain('image 40000</span><span class="lesson-media__about">T</span>');
    expect(html).toContain('data-held="1"><span class="lesson-media__label" lang="lo">image</span></button>');
    expect(held[0]).toContain('?width=480&amp;exp=1&amp;sig=s');
  });
});
