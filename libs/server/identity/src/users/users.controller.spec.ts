import { randomUUID } from 'node:crypto';
import { Test } from '@nestjs/testing';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import multipart from '@fastify/multipart';
import pino from 'pino';
import {
  AccessGuard,
  AccessTokenModule,
  AccessTokenRevocations,
  Clock,
  ConfigModule,
  createValidationPipe,
  HttpErrorFilter,
  InMemoryAccessTokenRevocations,
  JwtStrategy,
  LoggingModule,
  PINO_LOGGER,
  SystemClock,
} from '@lms/server-core';
import { JwtService } from '@nestjs/jwt';
import { OrgUnitsRepository } from '@lms/server-org';
import {
  FakeClock,
  FakeOrgUnitsRepository,
  FakePasswordHasher,
  FakeRefreshTokensRepository,
  FakeUsersRepository,
  testConfig,
} from '@lms/server-testing';
import { PasswordHasher } from '../password/password-hasher';
import { RefreshTokensRepository } from '../sessions/refresh-tokens.repository';
import { UsersImportService } from './import/users-import.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/** The controller with the real pipes, guard and filter, over fakes of the storage ports: no database. */
describe('UsersController (real pipes and guards, fake storage)', () => {
  let app: NestFastifyApplication;
  let jwt: JwtService;
  const orgUnits = new FakeOrgUnitsRepository();
  const users = new FakeUsersRepository(orgUnits);
  const token = (sub: string, roles: string[], org: string) => jwt.sign({ sub, roles, org, locale: 'lo', typ: 'access', sid: randomUUID() });

  beforeAll(async () => {
    const module = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(testConfig('postgres://unused/x')), LoggingModule.forRoot(pino({ level: 'silent' })), PassportModule, AccessTokenModule],
      controllers: [UsersController],
      providers: [
        UsersService,
        UsersImportService,
        JwtStrategy,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: UsersRepository, useValue: users },
        { provide: OrgUnitsRepository, useValue: orgUnits },
        { provide: RefreshTokensRepository, useValue: new FakeRefreshTokensRepository() },
        { provide: PasswordHasher, useValue: new FakePasswordHasher() },
        { provide: Clock, useValue: new FakeClock() },
        // Compared with the iat jsonwebtoken stamps from the real time.
        { provide: AccessTokenRevocations, useValue: new InMemoryAccessTokenRevocations(new SystemClock()) },
      ],
    }).compile();
    app = module.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    await app.register(multipart);
    app.setGlobalPrefix('api/v1');
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new HttpErrorFilter(app.get(PINO_LOGGER)));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    jwt = app.get(JwtService);
  });
  afterAll(() => app.close());

  const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, bearer?: string, payload?: object) =>
    app.getHttpAdapter().getInstance().inject({ method, url, payload, headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });

  it('answers 401 without a token and 403 for a learner', async () => {
    const unit = await orgUnits.insert({ code: 'U1', nameLo: 'x', nameEn: 'x', kind: 'ministry', parentId: null });
    expect((await inject('GET', '/api/v1/users')).statusCode).toBe(401);
    expect((await inject('GET', '/api/v1/users', token('u', ['learner'], unit.id))).statusCode).toBe(403);
  });

  it('validates the id, the query and the body before the service runs', async () => {
    const unit = await orgUnits.insert({ code: 'U2', nameLo: 'x', nameEn: 'x', kind: 'ministry', parentId: null });
    const admin = token('a', ['learner', 'admin'], unit.id);
    expect((await inject('GET', '/api/v1/users/not-a-uuid', admin)).statusCode).toBe(400);
    expect((await inject('GET', '/api/v1/users?role=king', admin)).json().details[0].field).toBe('role');
    const bad = await inject('POST', '/api/v1/users', admin, { email: 'nope', displayName: '', orgUnitId: unit.id, roles: ['emperor'], extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { field: string }) => d.field).sort()).toEqual(['displayName', 'email', 'extra', 'roles']);
    expect(users.users).toHaveLength(0);
  });

  it('creates a user through the service and never returns the hash', async () => {
    const unit = await orgUnits.insert({ code: 'U3', nameLo: 'x', nameEn: 'x', kind: 'ministry', parentId: null });
    const res = await inject('POST', '/api/v1/users', token('a', ['learner', 'admin'], unit.id), { email: 'a@b.la', displayName: 'A', orgUnitId: unit.id, password: 'a fine passphrase' });
    expect(res.statusCode).toBe(201);
    expect(res.body).not.toMatch(/hash|fake:/i);
  });
});
