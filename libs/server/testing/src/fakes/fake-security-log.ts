import type { SecurityLog } from '@lms/server-core';

/** Records security events instead of logging them, so tests can assert on them. */
export class FakeSecurityLog {
  readonly events: { kind: 'auth.failed' | 'authz.denied'; reason: string }[] = [];
  authenticationFailed(_: unknown, reason: string) {
    this.events.push({ kind: 'auth.failed', reason });
  }
  denied(_: unknown, reason: string) {
    this.events.push({ kind: 'authz.denied', reason });
  }
  asSecurityLog(): SecurityLog {
    return this as unknown as SecurityLog;
  }
}
