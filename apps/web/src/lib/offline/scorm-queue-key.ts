/**
 * Where the SCORM commits not yet on the server wait (scorm-queue.ts), one key per learner: on
 * its own, so that the course route can see whether anything waits without loading the queue.
 */
export const SCORM_QUEUE_PREFIX = 'lane.offline.scorm.';

/** The sync runner's task for them, registered by the player and by the course route (app/routes/course.tsx). */
export const SCORM_SYNC_TASK = 'scorm-commits';
