import type { JobHandler } from '@lms/server-core';
import type { JobName } from '@lms/contracts';
import { buildHandlerMap } from './handler-registry';

class PingA implements JobHandler<'system.ping'> {
  async handle() {}
}
class PingB implements JobHandler<'system.ping'> {
  async handle() {}
}

describe('buildHandlerMap', () => {
  it('maps each job to its one handler', () => {
    const a = new PingA();
    expect(buildHandlerMap([{ name: 'system.ping', handler: a as JobHandler<JobName> }]).get('system.ping')).toBe(a);
  });

  it('refuses to start with a job that has no handler, two handlers or an unknown name', () => {
    expect(() => buildHandlerMap([])).toThrow('job "system.ping" has no handler');
    expect(() =>
      buildHandlerMap([
        { name: 'system.ping', handler: new PingA() as JobHandler<JobName> },
        { name: 'system.ping', handler: new PingB() as JobHandler<JobName> },
      ]),
    ).toThrow('two handlers: PingA and PingB');
    expect(() =>
      buildHandlerMap([
        { name: 'system.ping', handler: new PingA() as JobHandler<JobName> },
        { name: 'nope.nothing', handler: new PingB() as JobHandler<JobName> },
      ]),
    ).toThrow('unknown job "nope.nothing"');
  });
});
