import { FakeQueueInspector } from '@lms/server-testing';
import { QueueAdminService } from './queue-admin.service';

const statusOf = (promise: Promise<unknown>) => promise.then(() => 200, (e: { getStatus(): number; details: { code: string }[] }) => `${e.getStatus()} ${e.details[0].code}`);

describe('QueueAdminService', () => {
  let inspector: FakeQueueInspector;
  let service: QueueAdminService;
  beforeEach(() => {
    inspector = new FakeQueueInspector();
    service = new QueueAdminService(inspector);
  });

  it('knows only the queues the system declares: anything else is 404', async () => {
    expect(await statusOf(service.failed('grading', 1, 20))).toBe(200);
    expect(await statusOf(service.failed('../../etc', 1, 20))).toBe('404 system.queue-not-found');
    expect(await statusOf(service.retry('nope', 'x'))).toBe('404 system.queue-not-found');
  });

  it('answers 503 while Redis is down, and when it goes during a read, never a 500', async () => {
    inspector.dropDuringRead = true;
    expect(await statusOf(service.counts())).toBe('503 system.queues-unavailable');
    expect(await statusOf(service.failed('grading', 1, 20))).toBe('503 system.queues-unavailable');
  });

  it('tells a missing job (404) from one that is not failed (409)', async () => {
    expect(await statusOf(service.retry('grading', 'a'))).toBe(200);
    inspector.outcome = 'not-found';
    expect(await statusOf(service.retry('grading', 'a'))).toBe('404 system.job-not-found');
    inspector.outcome = 'not-failed';
    expect(await statusOf(service.retry('grading', 'a'))).toBe('409 system.job-not-failed');
  });
});
