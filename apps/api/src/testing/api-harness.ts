import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role, XapiClientCredentials, XapiScope } from '@lms/contracts';
import { createLogger, type AppConfig } from '@lms/server-core';
import { PasswordHasher, UsersRepository, type User } from '@lms/server-identity';
import { OrgUnitsRepository, type OrgUnit } from '@lms/server-org';
import { createTestDatabase, testConfig, type TestDatabase } from '@lms/server-testing';
import { createApp } from '../bootstrap/create-app';

export const PASSWORD = 'a perfectly fine passphrase';

/** A multipart/form-data body holding one file, for the upload endpoints. */
export function multipartFile(file: Buffer, filename: string, field = 'file') {
  const boundary = '----lane-harness-upload';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return { payload: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export interface ApiHarness {
  app: NestFastifyApplication;
  config: AppConfig;
  db: TestDatabase;
  request(options: InjectOptions & { token?: string }): Promise<LightMyRequestResponse>;
  unit(code: string, parent?: OrgUnit | null, kind?: OrgUnit['kind']): Promise<OrgUnit>;
  user(email: string, unit: OrgUnit, roles?: Role[], extra?: Partial<User>): Promise<User>;
  login(loginName: string, password?: string, ip?: string): Promise<{ accessToken: string; refreshToken: string }>;
  /** An xAPI client with these scopes, issued through the admin API by an admin of its own; `authorization` is its HTTP Basic header. */
  xapiClient(scopes: XapiScope[], name?: string): Promise<XapiClientCredentials & { authorization: string }>;
  close(): Promise<void>;
}

/** The real API (pipes, guards, filters, PostgreSQL, Redis) on a fresh database, driven by inject(). */
export async function startApi(overrides: Partial<AppConfig> = {}): Promise<ApiHarness> {
  const db = await createTestDatabase();
  const config = testConfig(db.url, overrides);
  const app = await createApp(config, createLogger(config.logLevel, 'api-test'));
  const fastify = app.getHttpAdapter().getInstance();
  const hasher = app.get(PasswordHasher);
  const passwordHash = await hasher.hash(PASSWORD);

  const harness: ApiHarness = {
    app,
    config,
    db,
    request: ({ token, headers, ...options }) =>
      fastify.inject({ ...options, headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } }),
    unit: (code, parent = null, kind) =>
      app.get(OrgUnitsRepository).insert({
        code,
        nameLo: `ໜ່ວຍງານ ${code}`,
        nameEn: `Unit ${code}`,
        kind: kind ?? (parent ? (parent.kind === 'province' ? 'district' : parent.kind === 'ministry' ? 'department' : 'division') : 'ministry'),
        parentId: parent?.id ?? null,
      }),
    user: (email, unit, roles = ['learner'], extra = {}) =>
      app.get(UsersRepository).insert({
        email,
        employeeId: extra.employeeId ?? null,
        displayName: extra.displayName ?? email.split('@')[0],
        position: extra.position ?? null,
        locale: extra.locale ?? 'lo',
        orgUnitId: unit.id,
        roles: [...new Set<Role>(['learner', ...roles])],
        passwordHash: extra.passwordHash === undefined ? passwordHash : extra.passwordHash,
      }),
    async login(loginName, password = PASSWORD, ip) {
      const res = await fastify.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: loginName, password }, remoteAddress: ip });
      if (res.statusCode !== 200) throw new Error(`login as ${loginName} failed: ${res.statusCode} ${res.body}`);
      return res.json();
    },
    async xapiClient(scopes, name = `client ${scopes.join(' ')}`) {
      const email = `xapi-admin-${randomUUID()}@lane.test`;
      await harness.user(email, await harness.unit(`XAPI-${randomUUID().slice(0, 8)}`), ['admin']);
      const res = await harness.request({ method: 'POST', url: '/api/v1/xapi-clients', token: (await harness.login(email)).accessToken, payload: { name, scopes } });
      if (res.statusCode !== 201) throw new Error(`issuing an xAPI client failed: ${res.statusCode} ${res.body}`);
      const credentials: XapiClientCredentials = res.json();
      return { ...credentials, authorization: `Basic ${Buffer.from(`${credentials.key}:${credentials.secret}`).toString('base64')}` };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
  return harness;
}
