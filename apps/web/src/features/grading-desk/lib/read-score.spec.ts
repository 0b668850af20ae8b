import { describe, expect, it } from '@jest/globals';
import { readScore } from './read-score';

describe('readScore', () => {
  it('reads whole and decimal scores up to the question’s points, with a comma or a point', () => {
    expect(readScore('7', 10)).toEqual({ ok: true, score: 7 });
    expect(readScore(' 7,5 ', 10)).toEqual({ ok: true, score: 7.5 });
    expect(readScore('0', 10)).toEqual({ ok: true, score: 0 });
    expect(readScore('10', 10)).toEqual({ ok: true, score: 10 });
  });

  it('names what is wrong with anything else', () => {
    expect(readScore('', 10)).toEqual({ ok: false, problem: 'required' });
    expect(readScore('seven', 10)).toEqual({ ok: false, problem: 'notANumber' });
    expect(readScore('-1', 10)).toEqual({ ok: false, problem: 'notANumber' });
    expect(readScore('1e2', 10)).toEqual({ ok: false, problem: 'notANumber' });
    expect(readScore('10.5', 10)).toEqual({ ok: false, problem: 'outOfRange' });
  });
});
