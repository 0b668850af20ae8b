import type { NumericAnswer } from '@lms/contracts';

const isNumber = (x: unknown): x is number => typeof x === 'number' && !Number.isNaN(x);

/**
 * The closed interval an accepted numeric answer covers, or null when it is not usable. Fields are
 * checked before any arithmetic: a stored answer is JSON, and the scorer must never throw.
 */
export function numericInterval(answer: NumericAnswer): [number, number] | null {
  if ('min' in answer) {
    const { min, max } = answer;
    if (!isNumber(min) || !isNumber(max)) return null;
    return min <= max ? [min, max] : [max, min];
  }
  const { value, tolerance } = answer;
  if (!isNumber(value) || !isNumber(tolerance)) return null;
  // Moodle takes the tolerance's absolute value, so a stray minus sign does no harm. value ±
  // tolerance may overflow to ±Infinity, which is still a usable bound.
  const spread = Math.abs(tolerance);
  return [value - spread, value + spread];
}

const finiteMagnitude = (x: number) => (Number.isFinite(x) ? Math.abs(x) : 0);

/**
 * Inclusive, with a relative epsilon: 0.1 − 0.01 is 0.09000000000000001 in floating point, and a
 * learner who types 0.09 must still be inside. 1e-12 is far above rounding error and far below any
 * tolerance an author means.
 */
export function inInterval(value: number, [min, max]: [number, number]): boolean {
  if (!Number.isFinite(value)) return false;
  const epsilon = 1e-12 * Math.max(1, finiteMagnitude(min), finiteMagnitude(max));
  return value >= min - epsilon && value <= max + epsilon;
}

/** A value that the answer accepts: its nominal value, or the middle of its range. */
export function numericMidpoint(answer: NumericAnswer): number | null {
  const interval = numericInterval(answer);
  if (interval === null) return null;
  // Halving first keeps min + max from overflowing.
  const middle = 'min' in answer ? interval[0] / 2 + interval[1] / 2 : answer.value;
  return Number.isFinite(middle) ? middle : null;
}
