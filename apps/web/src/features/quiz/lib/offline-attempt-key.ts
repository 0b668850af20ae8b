/**
 * The localStorage prefix of the attempts kept on this device (offline-attempts.ts), on its own so
 * that main.tsx can see whether any is kept without loading the quiz's code.
 */
export const OFFLINE_ATTEMPT_PREFIX = 'lane.quiz.attempt.';
