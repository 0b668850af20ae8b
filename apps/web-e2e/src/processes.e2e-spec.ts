import { spawnSync } from 'node:child_process';
import { apiOf } from './support/api';
import { API_MAIN, startSystem } from './support/system';

jest.setTimeout(60_000);

describe('The built processes', () => {
  it('start healthy with the seven starter courses in Lao and English, report worker health, and stop cleanly on SIGTERM', async () => {
    const system = await startSystem();
    const health = await fetch(`${system.baseUrl}/api/v1/health`).then((r) => r.json());
    expect(health).toEqual({ status: 'ok', db: 'up', redis: 'up' });
    let worker: Response | null = null;
    for (let i = 0; i < 50 && !worker?.ok; i++) {
      worker = await fetch(system.workerHealthUrl).catch(() => null);
      if (!worker?.ok) await new Promise((r) => setTimeout(r, 100));
    }
    expect(await worker!.json()).toEqual({ ok: true, db: 'up', redis: 'up' });
    const api = apiOf(system.baseUrl);
    const token = await api.login('learner@lane.demo');
    for (const locale of ['lo', 'en']) {
      type Course = { category: string; locale: string };
      const catalogue = (await api.call<{ items: Course[] } | Course[]>('GET', `/courses?locale=${locale}`, token)).json;
      const items = Array.isArray(catalogue) ? catalogue : catalogue.items;
      expect(items.filter((c) => c.locale === locale).map((c) => c.category).sort()).toEqual(
        ['ai', 'cybersecurity', 'data-science', 'digital-basics', 'email', 'policy-regulation', 'web-search'],
      );
    }
    const index = await fetch(`${system.baseUrl}/some/client/route`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<div id="root">');
    const started = Date.now();
    expect(await system.stop()).toEqual([0, 0]);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('refuses to start in production with a missing or placeholder secret', () => {
    const base = { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused' };
    const missing = spawnSync(process.execPath, [API_MAIN], { env: base, encoding: 'utf8', timeout: 20_000 });
    expect(missing.status).toBe(78);
    expect(missing.stderr).toContain('JWT_ACCESS_SECRET is required in production');
    const placeholder = spawnSync(process.execPath, [API_MAIN], { env: { ...base, JWT_ACCESS_SECRET: 'changeme-changeme-changeme-changeme-changeme' }, encoding: 'utf8', timeout: 20_000 });
    expect(placeholder.status).toBe(78);
    expect(placeholder.stderr).toContain('placeholder');
  });
});
