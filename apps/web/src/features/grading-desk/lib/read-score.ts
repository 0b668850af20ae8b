/** What a typed score means: a number from 0 to the question's points (halves allowed), or why not. */
export type ScoreReading = { ok: true; score: number } | { ok: false; problem: 'required' | 'notANumber' | 'outOfRange' };

export function readScore(typed: string, maxScore: number): ScoreReading {
  const text = typed.trim().replace(',', '.');
  if (!text) return { ok: false, problem: 'required' };
  if (!/^\d+(\.\d+)?$/.test(text)) return { ok: false, problem: 'notANumber' };
  const score = Number(text);
  return score > maxScore ? { ok: false, problem: 'outOfRange' } : { ok: true, score };
}
