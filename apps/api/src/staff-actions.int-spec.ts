import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_POLICY, type AccessPolicy } from '@lms/server-core';
import { startApi, type ApiHarness } from './testing/api-harness';

const STAFF_ROLES = new Set(['instructor', 'hr_manager', 'admin']);
/** `:courseId` and `:id` are the same slot. */
const shape = (path: string) => path.replace(/:\w+/g, ':').replace(/\/+$/, '');

/**
 * Issue 9's "every staff action available in the API can be done from the screens": every handler
 * that a staff role may call is a row of docs/staff-actions.md, and that row names its screen.
 */
describe('docs/staff-actions.md against the running API', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('lists every endpoint of the staff roles, each with a screen', () => {
    const discovery = api.app.get(DiscoveryService);
    const scanner = api.app.get(MetadataScanner);
    const reflector = api.app.get(Reflector);
    const endpoints: string[] = [];
    for (const wrapper of discovery.getControllers()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object) ?? '');
      const prototype = Object.getPrototypeOf(instance);
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        const own = Reflect.getMetadata(PATH_METADATA, handler);
        if (own === undefined) continue;
        const policy = reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [handler, wrapper.metatype as object]);
        if (policy?.kind !== 'roles' || !policy.roles.some((r) => STAFF_ROLES.has(r))) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        endpoints.push(`${method} ${shape(`/api/v1/${base}/${own}`.replace(/\/+/g, '/'))}`);
      }
    }
    expect(endpoints.length).toBeGreaterThan(50);

    const rows = new Map<string, string>();
    for (const line of readFileSync(join(__dirname, '..', '..', '..', 'docs', 'staff-actions.md'), 'utf8').split('\n')) {
      const match = /^\| `(GET|POST|PUT|PATCH|DELETE) ([^`]+)` \|.*\| ([^|]+) \|$/.exec(line);
      if (match) rows.set(`${match[1]} ${shape(match[2])}`, match[3].trim());
    }
    const missing = endpoints.filter((e) => !rows.has(e));
    expect(missing).toEqual([]);
    // A row whose screen is "—" must say where else the same is shown, as "— (…)".
    const noScreen = endpoints.filter((e) => /^—(?! \()|not yet/.test(rows.get(e) ?? ''));
    expect(noScreen).toEqual([]);
  });
});
