import { completesItem, readRuntimeData } from './runtime-data';

describe('SCORM runtime data', () => {
  it('reads the status, the raw score (string or number) and suspend_data', () => {
    expect(readRuntimeData({ core: { lesson_status: 'passed', score: { raw: '85', min: '0', max: '100' } }, suspend_data: 'step=done' })).toEqual({ lessonStatus: 'passed', scoreRaw: 85, suspendData: 'step=done' });
    expect(readRuntimeData({ core: { lesson_status: 'incomplete', score: { raw: 42.5 } } })).toEqual({ lessonStatus: 'incomplete', scoreRaw: 42.5, suspendData: '' });
    expect(readRuntimeData({ core: { lesson_status: '', score: { raw: '' } } })).toEqual({ lessonStatus: 'not attempted', scoreRaw: null, suspendData: '' });
  });

  it('refuses what SCORM 1.2 does not allow, saying what', () => {
    expect(readRuntimeData({})).toBe('cmi.core is missing');
    expect(readRuntimeData({ core: { lesson_status: 'done' } })).toMatch(/lesson_status must be one of passed, completed/);
    expect(readRuntimeData({ core: { score: { raw: 'lots' } } })).toMatch(/score.raw must be a number/);
    expect(readRuntimeData({ core: { score: { raw: 101 } } })).toMatch(/score.raw must be a number from 0 to 100/);
    expect(readRuntimeData({ core: {}, suspend_data: 'x'.repeat(4097) })).toMatch(/4096/);
    expect(readRuntimeData({ core: {}, suspend_data: 7 })).toMatch(/must be a string/);
  });

  it('completes the item on the mastery score when there is one and a score, else on passed or completed', () => {
    expect(completesItem({ lessonStatus: 'completed', scoreRaw: 70 }, 80)).toBe(false);
    expect(completesItem({ lessonStatus: 'failed', scoreRaw: 80 }, 80)).toBe(true);
    expect(completesItem({ lessonStatus: 'completed', scoreRaw: null }, 80)).toBe(true);
    expect(completesItem({ lessonStatus: 'passed', scoreRaw: 10 }, null)).toBe(true);
    expect(completesItem({ lessonStatus: 'incomplete', scoreRaw: 100 }, null)).toBe(false);
    expect(completesItem({ lessonStatus: 'failed', scoreRaw: null }, 80)).toBe(false);
  });
});
