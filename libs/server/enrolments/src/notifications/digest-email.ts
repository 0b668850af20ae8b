import type { Locale } from '@lms/contracts';
import type { MailMessage } from '@lms/server-core';
import { EMAIL_CATALOGUE } from './email-catalogue';
import type { DigestLine, DigestRecipient } from './notifications.repository';

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** Dates as the reader writes them: Lao or English, in Vientiane time. */
function formatDate(date: Date | null, locale: Locale): string {
  if (!date) return EMAIL_CATALOGUE[locale].noDate;
  return new Intl.DateTimeFormat(locale === 'lo' ? 'lo-LA' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Vientiane' }).format(date);
}

/** One plain-text email in the recipient's language, one line per notification. */
export function digestEmail(to: DigestRecipient, lines: DigestLine[], appUrl: string): MailMessage {
  const words = EMAIL_CATALOGUE[to.locale];
  const body = lines.map((l) => `• ${fill(words.lines[l.kind], { course: l.courseTitle ?? '', date: formatDate(l.dueAt, to.locale) })}`);
  return {
    to: to.email,
    subject: words.subject,
    text: [fill(words.greeting, { name: to.displayName }), '', ...body, '', appUrl, '', words.footer].join('\n'),
  };
}
