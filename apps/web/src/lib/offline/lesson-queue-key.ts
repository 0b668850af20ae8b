/**
 * Where the lesson completions made offline wait (lesson-queue.ts), one key per learner: on its
 * own, so that the app's start (main.tsx) can see whether anything waits without loading the queue.
 */
export const LESSON_QUEUE_PREFIX = 'lane.offline.lessons.';
