import type { Actor } from '@lms/server-core';
import { canEdit, readableVersion } from './course-access';
import type { CourseRecord } from './courses.repository';
import { slugify } from './slugify';

const actor = (userId: string, roles: Actor['roles'] = ['learner']): Actor => ({ userId, roles, orgUnitId: 'u', locale: 'lo', sessionId: null });
const course = (overrides: Partial<CourseRecord> = {}): CourseRecord => ({
  id: 'c',
  slug: 's',
  locale: 'lo',
  ownerId: 'owner',
  authorIds: ['coauthor'],
  status: 'published',
  draftVersion: 3,
  publishedVersion: 2,
  translationOf: null,
  ...overrides,
});

describe('course access', () => {
  it('lets the owner, co-authors and admins edit, and no one else', () => {
    expect(canEdit(actor('owner', ['learner', 'instructor']), course())).toBe(true);
    expect(canEdit(actor('coauthor', ['learner', 'instructor']), course())).toBe(true);
    expect(canEdit(actor('boss', ['learner', 'admin']), course())).toBe(true);
    expect(canEdit(actor('someone', ['learner', 'instructor']), course())).toBe(false);
  });

  it('shows editors the draft and everyone else the published version of a published course only', () => {
    expect(readableVersion(actor('owner'), course())).toBe(3);
    expect(readableVersion(actor('learner'), course())).toBe(2);
    expect(readableVersion(actor('learner'), course({ status: 'draft', publishedVersion: null }))).toBeNull();
    expect(readableVersion(actor('learner'), course({ status: 'archived' }))).toBeNull();
  });
});

describe('slugify', () => {
  it('keeps Latin words and the locale, and falls back for Lao titles', () => {
    expect(slugify('Email for Government Work!', 'en')).toBe('email-for-government-work-en');
    expect(slugify('Café & Données', 'en')).toBe('cafe-donnees-en');
    expect(slugify('ຄວາມປອດໄພທາງໄຊເບີ', 'lo')).toMatch(/^course-[0-9a-f]{6}-lo$/);
  });
});
