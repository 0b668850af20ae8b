/**
 * Above this a lesson is heavy for a learner on a phone with little data: 500 kB (decimal, as
 * data plans and formatBytes count). That is five times the app's own first download (100 KiB,
 * scripts/lib/web-budget.mjs), room for the text and about ten pictures at the 480-pixel WebP
 * size a phone gets, and some four seconds at 1 Mbit/s. No per-lesson budget was set before.
 */
export const LESSON_WEIGHT_LIMIT_BYTES = 500_000;
