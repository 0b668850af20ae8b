import { JOB_QUEUES, SANDBOXED_QUEUES, type JobName } from '@lms/contracts';
import type { JobHandler } from '@lms/server-core';

export type HandlerMap = Map<JobName, JobHandler<JobName>>;

/** Jobs of sandboxed queues run in a processor file of their own (see JobRunner), not a handler. */
const sandboxed = (name: JobName) => SANDBOXED_QUEUES.includes(JOB_QUEUES[name]);

/**
 * Pairs every job name with its one handler. Starting fails when a job has none or two, so a
 * job can never sit in a queue that nothing consumes.
 */
export function buildHandlerMap(found: { name: string; handler: JobHandler<JobName> }[]): HandlerMap {
  const problems: string[] = [];
  const map: HandlerMap = new Map();
  for (const { name, handler } of found) {
    if (!(name in JOB_QUEUES)) problems.push(`${handler.constructor.name} handles unknown job "${name}"`);
    else if (sandboxed(name as JobName)) problems.push(`${handler.constructor.name} handles "${name}", which runs in its queue's sandbox`);
    else if (map.has(name as JobName)) problems.push(`job "${name}" has two handlers: ${map.get(name as JobName)!.constructor.name} and ${handler.constructor.name}`);
    else map.set(name as JobName, handler);
  }
  for (const name of Object.keys(JOB_QUEUES) as JobName[]) {
    if (!map.has(name) && !sandboxed(name)) problems.push(`job "${name}" has no handler`);
  }
  if (problems.length) throw new Error(`Job handlers are wrong:\n  - ${problems.join('\n  - ')}`);
  return map;
}
