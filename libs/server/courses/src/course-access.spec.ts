import type { Actor } from '@lms/server-core';
import { canDecide, canEdit, readableVersion } from './course-access';
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

  it('treats an author who lost the instructor role as a reader', () => {
    expect(canEdit(actor('owner', ['learner']), course())).toBe(false);
    expect(canEdit(actor('coauthor', ['learner', 'hr_manager']), course())).toBe(false);
    expect(readableVersion(actor('coauthor', ['learner']), course())).toBe(2);
    expect(readableVersion(actor('coauthor', ['learner']), course({ status: 'draft', publishedVersion: null }))).toBeNull();
  });

  it('leaves publishing and co-authors to the owner and admins', () => {
    expect(canDecide(actor('owner', ['learner', 'instructor']), course())).toBe(true);
    expect(canDecide(actor('boss', ['learner', 'admin']), course())).toBe(true);
    expect(canDecide(actor('coauthor', ['learner', 'instructor']), course())).toBe(false);
    expect(canDecide(actor('owner', ['learner']), course())).toBe(false);
  });

  it('shows editors the draft and everyone else the published version of a published course only', () => {
    expect(readableVersion(actor('owner', ['learner', 'instructor']), course())).toBe(3);
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
