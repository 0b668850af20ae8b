import { ApiError } from '../../../lib/api-client';

/** The paths the question form shows a problem beside (the server's own names for them). */
const SHOWN = [
  /^(title|prompt|format|category|generalFeedback|points|correct|trueFeedback|falseFeedback|caseSensitive|graderInfo|options|answers|pairs)$/,
  /^(options|answers)\[\d+\]\.(text|weight|feedback|value|tolerance|min|max)$/,
  /^pairs\[\d+\]\.(prompt|answer)$/,
];
const PATH = /^([A-Za-z]+(?:\[\d+\])?(?:\.[A-Za-z]+)?) /;

export interface ServerProblems {
  /** The server's sentences (English) by field path. */
  fields: Record<string, string>;
  /** Those the form has no field for. */
  general: string[];
}

/**
 * A 400 from POST /question-banks/:id/questions or PUT /questions/:id: its `details` hold one
 * `{message}` per problem, each an English sentence that starts with the field's path
 * (`options[1].weight must be between -100 and 100`). Undefined for any other error.
 */
export function serverProblems(error: unknown): ServerProblems | undefined {
  if (!(error instanceof ApiError) || error.statusCode !== 400) return undefined;
  const messages = error.details.flatMap((d) => (d && typeof d === 'object' && typeof (d as { message?: unknown }).message === 'string' ? [(d as { message: string }).message] : []));
  const found: ServerProblems = { fields: {}, general: [] };
  for (const message of messages.length ? messages : [error.message]) {
    const path = /^the positive weights of options/.test(message) ? 'options' : PATH.exec(message)?.[1];
    if (path && SHOWN.some((shown) => shown.test(path)) && !found.fields[path]) found.fields[path] = message;
    else found.general.push(message);
  }
  return found;
}
