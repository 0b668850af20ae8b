import type { INestApplicationContext } from '@nestjs/common';
// The worker test drives the API too: a ping must travel API → outbox → relay → BullMQ → worker.
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { startWorker } from './testing/start-worker';

describe('Worker (real PostgreSQL, real Redis)', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let token: string;

  beforeAll(async () => {
    api = await startApi();
    const unit = await api.unit('MTC');
    await api.user('admin@mtc.gov.la', unit, ['admin']);
    token = (await api.login('admin@mtc.gov.la')).accessToken;
    worker = await startWorker(api.config);
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('carries an admin’s ping from the API through outbox, relay and BullMQ to its handler', async () => {
    const requested = await api.request({ method: 'POST', url: '/api/v1/system/pings', token });
    expect(requested.statusCode).toBe(201);
    const { id } = requested.json();
    let ping = requested.json();
    for (let i = 0; i < 100 && !ping.handledAt; i++) {
      await new Promise((r) => setTimeout(r, 50));
      ping = (await api.request({ method: 'GET', url: `/api/v1/system/pings/${id}`, token })).json();
    }
    expect(ping).toMatchObject({ id, handledAt: expect.any(String), roundTripMs: expect.any(Number) });
  });

  it('refuses pings from non-admins', async () => {
    const unit = await api.unit('OTHER');
    await api.user('learner@mtc.gov.la', unit);
    const learner = (await api.login('learner@mtc.gov.la')).accessToken;
    expect((await api.request({ method: 'POST', url: '/api/v1/system/pings', token: learner })).statusCode).toBe(403);
  });
});
