import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, Clock, type AppConfig } from '@lms/server-core';

const DAY_MS = 86_400_000;
export const ATTACHMENT_URL = /\/api\/v1\/attachments\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\?width=(\d{1,5}))?/g;

/**
 * Signed, expiring attachment URLs. A browser loads lesson images, audio and PDFs with plain
 * `<img src>` and links that cannot carry a bearer token, and an offline cache stores them by URL,
 * so access is checked when the URL is handed out (with the lesson) and the URL itself proves it.
 *
 * Expiry is rounded to whole days (valid for one to two days), so a lesson's HTML, and with it
 * its ETag, stays the same all day and repeat fetches still answer 304.
 */
@Injectable()
export class MediaUrls {
  private readonly key: Buffer;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.key = createHmac('sha256', config.jwt.accessSecret).update('lane media urls v1').digest();
  }

  /** Signs one attachment URL as toAttachmentView writes it (with or without ?width=). */
  sign(url: string, amp = '&'): string {
    return url.replace(ATTACHMENT_URL, (_, id: string, width?: string) => {
      const exp = this.expiry();
      const query = [width && `width=${width}`, `exp=${exp}`, `sig=${this.signature(id, width, exp)}`].filter(Boolean).join(amp);
      return `/api/v1/attachments/${id}?${query}`;
    });
  }

  /** Signs every attachment URL in rendered lesson HTML, with its ampersands escaped. */
  signHtml(html: string): string {
    return this.sign(html, '&amp;');
  }

  /**
   * How many bytes signHtml adds to one URL without and with `?width=`, so a lesson's signed size
   * can be counted in SQL from its stored HTML (the signature's length never varies).
   */
  htmlSignatureBytes(): { plain: number; sized: number } {
    const url = '/api/v1/attachments/00000000-0000-0000-0000-000000000000';
    return { plain: this.signHtml(url).length - url.length, sized: this.signHtml(`${url}?width=1`).length - url.length - '?width=1'.length };
  }

  /** Whether a request's exp and sig grant the attachment (and rendition) it asks for, now. */
  verify(id: string, width: string | undefined, exp: string | undefined, sig: string | undefined): boolean {
    if (!exp || !sig || !/^\d{10,13}$/.test(exp) || Number(exp) * 1000 < this.clock.now().getTime()) return false;
    const expected = Buffer.from(this.signature(id, width, Number(exp)));
    const given = Buffer.from(sig);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private expiry(): number {
    return (Math.floor(this.clock.now().getTime() / DAY_MS) + 2) * (DAY_MS / 1000);
  }

  private signature(id: string, width: string | undefined, exp: number): string {
    return createHmac('sha256', this.key).update(`${id}|${width ?? ''}|${exp}`).digest('base64url').slice(0, 27);
  }
}
