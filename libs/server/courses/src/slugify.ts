import { randomBytes } from 'node:crypto';

/** A URL name from a title: Latin letters and digits kept, anything else (Lao too) dropped. */
export function slugify(title: string, locale: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return `${base.length >= 3 ? base : `course-${randomBytes(3).toString('hex')}`}-${locale}`;
}
