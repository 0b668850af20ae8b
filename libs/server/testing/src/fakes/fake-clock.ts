import { Clock } from '@lms/server-core';

export class FakeClock extends Clock {
  constructor(private current = new Date('2026-06-01T08:00:00Z')) {
    super();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date): void {
    this.current = new Date(to);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
