import type { JobHandler } from '@lms/server-core';
import { JOB_QUEUES, SANDBOXED_QUEUES, type JobName } from '@lms/contracts';
import { buildHandlerMap } from './handler-registry';

class PingA implements JobHandler<'system.ping'> {
  async handle() {}
}
class PingB implements JobHandler<'system.ping'> {
  async handle() {}
}

describe('buildHandlerMap', () => {
  // Every job has a handler; the rest are stood in for so each test is about one job.
  const others = (Object.keys(JOB_QUEUES) as JobName[]).filter((n) => n !== 'system.ping' && !SANDBOXED_QUEUES.includes(JOB_QUEUES[n])).map((name) => ({ name, handler: new PingB() as JobHandler<JobName> }));

  it('maps each job to its one handler', () => {
    const a = new PingA();
    expect(buildHandlerMap([{ name: 'system.ping', handler: a as JobHandler<JobName> }, ...others]).get('system.ping')).toBe(a);
  });

  it('refuses to start with a job that has no handler, two handlers or an unknown name', () => {
    expect(() => buildHandlerMap(others)).toThrow('job "system.ping" has no handler');
    expect(() =>
      buildHandlerMap([
        { name: 'system.ping', handler: new PingA() as JobHandler<JobName> },
        { name: 'system.ping', handler: new PingB() as JobHandler<JobName> },
        ...others,
      ]),
    ).toThrow('two handlers: PingA and PingB');
    expect(() =>
      buildHandlerMap([
        { name: 'system.ping', handler: new PingA() as JobHandler<JobName> },
        { name: 'nope.nothing', handler: new PingB() as JobHandler<JobName> },
        ...others,
      ]),
    ).toThrow('unknown job "nope.nothing"');
  });

  it('expects no handler for the jobs of a sandboxed queue, and refuses one', () => {
    const ping = { name: 'system.ping', handler: new PingA() as JobHandler<JobName> };
    expect(buildHandlerMap([ping, ...others]).has('certificates.render-pdf')).toBe(false);
    expect(() => buildHandlerMap([ping, ...others, { name: 'certificates.render-pdf', handler: new PingB() as JobHandler<JobName> }])).toThrow('runs in its queue');
  });
});
