import { describe, expect, it } from '@jest/globals';
import enCore from './en/core.json';
import enCourses from './en/courses.json';
import enLearning from './en/learning.json';
import enOffline from './en/offline.json';
import enQuiz from './en/quiz.json';
import enStaff from './en/staff.json';
import enStaffAdmin from './en/staff-admin.json';
import enStaffDashboard from './en/staff-dashboard.json';
import enStaffEditor from './en/staff-editor.json';
import enStaffQuestions from './en/staff-questions.json';
import loCore from './lo/core.json';
import loCourses from './lo/courses.json';
import loLearning from './lo/learning.json';
import loOffline from './lo/offline.json';
import loQuiz from './lo/quiz.json';
import loStaff from './lo/staff.json';
import loStaffAdmin from './lo/staff-admin.json';
import loStaffDashboard from './lo/staff-dashboard.json';
import loStaffEditor from './lo/staff-editor.json';
import loStaffQuestions from './lo/staff-questions.json';

const AREAS = {
  core: { lo: loCore, en: enCore },
  learning: { lo: loLearning, en: enLearning },
  courses: { lo: loCourses, en: enCourses },
  quiz: { lo: loQuiz, en: enQuiz },
  offline: { lo: loOffline, en: enOffline },
  staff: { lo: loStaff, en: enStaff },
  staffAdmin: { lo: loStaffAdmin, en: enStaffAdmin },
  staffDashboard: { lo: loStaffDashboard, en: enStaffDashboard },
  staffEditor: { lo: loStaffEditor, en: enStaffEditor },
  staffQuestions: { lo: loStaffQuestions, en: enStaffQuestions },
};
const lo = Object.assign({}, ...Object.values(AREAS).map((a) => a.lo)) as Record<string, string>;
const en = Object.assign({}, ...Object.values(AREAS).map((a) => a.en)) as Record<string, string>;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the lo and en catalogues', () => {
  it('have the same keys in each area, and no key in two areas', () => {
    for (const [area, { lo: loArea, en: enArea }] of Object.entries(AREAS)) expect({ area, keys: Object.keys(enArea).sort() }).toEqual({ area, keys: Object.keys(loArea).sort() });
    const keys = Object.values(AREAS).flatMap((a) => Object.keys(a.lo));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(lo).sort());
  });

  it.each([
    ['lo', lo],
    ['en', en],
  ] as const)('%s has no empty or untrimmed values', (_locale, catalogue) => {
    for (const [key, value] of Object.entries(catalogue)) {
      expect({ key, ok: typeof value === 'string' && value.trim().length > 0 && value === value.trim() }).toEqual({ key, ok: true });
    }
  });

  it('use the same {placeholders} for every key', () => {
    for (const key of Object.keys(lo)) {
      expect({ key, vars: placeholders(en[key]) }).toEqual({ key, vars: placeholders(lo[key]) });
    }
  });

  it('the Lao catalogue is really in Lao script where it should be', () => {
    const lao = /[\u0E80-\u0EFF]/;
    // Brand and language names are the same in both; everything else must contain Lao letters.
    const sameInBoth = new Set(['app.name', 'lang.lo', 'lang.en']);
    for (const [key, value] of Object.entries(lo)) {
      if (!sameInBoth.has(key)) expect({ key, lao: lao.test(value) }).toEqual({ key, lao: true });
    }
  });
});
