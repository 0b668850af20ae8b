/** SCORM 1.2 cmi.core.lesson_status vocabulary (RTE 3.4.4). */
export const LESSON_STATUSES = ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

export interface RuntimeFacts {
  lessonStatus: LessonStatus;
  scoreRaw: number | null;
  suspendData: string;
}

/** What a commit's CMI JSON (scorm-again's renderCMIToJSONObject) says, or the reason it is refused. */
export function readRuntimeData(cmi: Record<string, unknown>): RuntimeFacts | string {
  const core = cmi.core;
  if (!core || typeof core !== 'object' || Array.isArray(core)) return 'cmi.core is missing';
  const { lesson_status: status = 'not attempted', score } = core as { lesson_status?: unknown; score?: unknown };
  const lessonStatus = status === '' ? 'not attempted' : status;
  if (typeof lessonStatus !== 'string' || !(LESSON_STATUSES as readonly string[]).includes(lessonStatus)) {
    return `cmi.core.lesson_status must be one of ${LESSON_STATUSES.join(', ')}`;
  }
  let scoreRaw: number | null = null;
  const raw = score && typeof score === 'object' ? (score as { raw?: unknown }).raw : undefined;
  if (raw !== undefined && raw !== '' && raw !== null) {
    scoreRaw = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!Number.isFinite(scoreRaw) || scoreRaw < 0 || scoreRaw > 100) return 'cmi.core.score.raw must be a number from 0 to 100';
  }
  const suspend = cmi.suspend_data ?? '';
  if (typeof suspend !== 'string') return 'cmi.suspend_data must be a string';
  // SCORM 1.2 allows 4096 characters; scorm-again enforces it in the browser too.
  if (suspend.length > 4096) return 'cmi.suspend_data is longer than 4096 characters';
  return { lessonStatus: lessonStatus as LessonStatus, scoreRaw, suspendData: suspend };
}

/**
 * Whether the attempt completes its course item. With a mastery score and a reported raw score,
 * the score decides (RTE 3.4.4: the LMS sets passed or failed from adlcp:masteryscore); otherwise
 * the SCO's own status does: passed or completed.
 */
export function completesItem(facts: Pick<RuntimeFacts, 'lessonStatus' | 'scoreRaw'>, masteryScore: number | null): boolean {
  if (masteryScore !== null && facts.scoreRaw !== null) return facts.scoreRaw >= masteryScore;
  return facts.lessonStatus === 'passed' || facts.lessonStatus === 'completed';
}
