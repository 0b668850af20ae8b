import type { ScormLaunch, ScormLauncherMessage, ScormPlayerMessage } from '@lms/contracts';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The launcher's message in `data`, or null for anything else (another script's message, a malformed one). */
export function readLauncherMessage(data: unknown): ScormLauncherMessage | null {
  if (!isObject(data) || data.source !== 'lane-scorm') return null;
  if (data.type === 'ready') return { source: 'lane-scorm', type: 'ready' };
  if (data.type === 'commit' && isObject(data.cmi)) return { source: 'lane-scorm', type: 'commit', cmi: data.cmi, finished: data.finished === true };
  return null;
}

export function startMessage(launch: Pick<ScormLaunch, 'enrolled' | 'masteryScore'>, cmi: Record<string, unknown> | null, learner: { id: string; name: string }): ScormPlayerMessage {
  return { source: 'lane-scorm', type: 'start', cmi, learner, credit: launch.enrolled ? 'credit' : 'no-credit', masteryScore: launch.masteryScore };
}
