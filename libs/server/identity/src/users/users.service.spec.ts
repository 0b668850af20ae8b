import { InMemoryAccessTokenRevocations, type Actor } from '@lms/server-core';
import { FakeClock, FakeOrgUnitsRepository, FakePasswordHasher, FakeRefreshTokensRepository, FakeSecurityLog, FakeUsersRepository } from '@lms/server-testing';
import type { IdentityException } from '../identity.exception';
import { UsersImportService } from './import/users-import.service';
import { UsersService } from './users.service';

async function setup() {
  const orgUnits = new FakeOrgUnitsRepository();
  const mof = await orgUnits.insert({ code: 'MOF', nameLo: 'ກະຊວງການເງິນ', nameEn: 'Finance', kind: 'ministry', parentId: null });
  const budget = await orgUnits.insert({ code: 'MOF-BUD', nameLo: 'ກົມງົບປະມານ', nameEn: 'Budget', kind: 'department', parentId: mof.id });
  const tax = await orgUnits.insert({ code: 'MOF-TAX', nameLo: 'ກົມສ່ວຍສາອາກອນ', nameEn: 'Tax', kind: 'department', parentId: mof.id });
  const moha = await orgUnits.insert({ code: 'MOHA', nameLo: 'ກະຊວງພາຍໃນ', nameEn: 'Home Affairs', kind: 'ministry', parentId: null });
  const users = new FakeUsersRepository(orgUnits);
  const refreshTokens = new FakeRefreshTokensRepository();
  const securityLog = new FakeSecurityLog();
  const clock = new FakeClock();
  const revocations = new InMemoryAccessTokenRevocations(clock);
  const service = new UsersService(users, orgUnits, refreshTokens, new FakePasswordHasher(), securityLog.asSecurityLog(), revocations);
  const importer = new UsersImportService(users, orgUnits, revocations);
  const make = (email: string, orgUnitId: string, roles: Actor['roles'] = ['learner']) =>
    users.insert({ email, employeeId: null, displayName: email, position: null, locale: 'lo', orgUnitId, roles, passwordHash: null });
  const hrUser = await make('hr@mof.gov.la', budget.id, ['learner', 'hr_manager']);
  const actor = (u: { id: string; orgUnitId: string; roles: Actor['roles'] }): Actor => ({ userId: u.id, orgUnitId: u.orgUnitId, roles: u.roles, locale: 'lo', sessionId: null });
  const admin: Actor = { userId: 'admin', orgUnitId: mof.id, roles: ['learner', 'admin'], locale: 'lo', sessionId: null };
  return { service, importer, users, refreshTokens, revocations, clock, securityLog, units: { mof, budget, tax, moha }, make, hr: actor(hrUser), hrUser, admin, actor };
}

async function statusOf(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    return (e as IdentityException).getStatus();
  }
}

describe('UsersService', () => {
  it('lets an HR manager see only the users of their subtree', async () => {
    const { service, hr, make, units } = await setup();
    await make('in@mof.gov.la', units.budget.id);
    const outside = await make('out@moha.gov.la', units.moha.id);
    const sibling = await make('tax@mof.gov.la', units.tax.id);
    const page = await service.list(hr, { page: 1, pageSize: 20 });
    expect(page.items.map((u) => u.email).sort()).toEqual(['hr@mof.gov.la', 'in@mof.gov.la']);
    expect(await statusOf(service.get(hr, outside.id))).toBe(404);
    expect(await statusOf(service.get(hr, sibling.id))).toBe(404);
    expect(await statusOf(service.list(hr, { page: 1, pageSize: 20, orgUnitId: units.moha.id }))).toBe(404);
  });

  it('lets an admin see everyone and filter by subtree, role and text', async () => {
    const { service, admin, make, units } = await setup();
    await make('in@mof.gov.la', units.tax.id, ['learner', 'instructor']);
    await make('out@moha.gov.la', units.moha.id);
    expect((await service.list(admin, { page: 1, pageSize: 20 })).total).toBe(3);
    expect((await service.list(admin, { page: 1, pageSize: 20, orgUnitId: units.mof.id })).total).toBe(2);
    expect((await service.list(admin, { page: 1, pageSize: 20, role: 'instructor' })).items.map((u) => u.email)).toEqual(['in@mof.gov.la']);
    expect((await service.list(admin, { page: 1, pageSize: 1, q: 'MOHA' })).items.map((u) => u.email)).toEqual(['out@moha.gov.la']);
  });

  it('creates users only in units the actor manages, always as learners', async () => {
    const { service, hr, units } = await setup();
    const created = await service.create(hr, { email: 'New@MOF.gov.la', displayName: 'New', orgUnitId: units.budget.id, roles: ['hr_manager'] });
    expect(created.roles).toEqual(['learner', 'hr_manager']);
    expect(created.email).toBe('new@mof.gov.la');
    expect(await statusOf(service.create(hr, { email: 'x@moha.gov.la', displayName: 'X', orgUnitId: units.moha.id }))).toBe(404);
    expect(await statusOf(service.create(hr, { email: 'new@mof.gov.la', displayName: 'Again', orgUnitId: units.budget.id }))).toBe(409);
  });

  it('refuses role grants beyond the actor’s own powers, and changes to one’s own roles', async () => {
    const { service, hr, hrUser, admin, make, units, securityLog } = await setup();
    const learner = await make('l@mof.gov.la', units.budget.id);
    expect(await statusOf(service.update(hr, learner.id, { roles: ['learner', 'admin'] }))).toBe(403);
    expect(await statusOf(service.update(hr, learner.id, { roles: ['learner', 'instructor'] }))).toBe(403);
    expect(await statusOf(service.update(hr, hrUser.id, { roles: ['learner'] }))).toBe(403);
    expect(securityLog.events.map((e) => e.reason)).toContain('attempt to change own roles');
    expect((await service.update(admin, learner.id, { roles: ['instructor'] })).roles).toEqual(['learner', 'instructor']);
  });

  it('keeps users inside the actor’s scope when moving them', async () => {
    const { service, hr, make, units } = await setup();
    const learner = await make('l@mof.gov.la', units.budget.id);
    expect(await statusOf(service.update(hr, learner.id, { orgUnitId: units.moha.id }))).toBe(404);
    expect(await statusOf(service.update(hr, learner.id, { orgUnitId: units.tax.id }))).toBe(404);
  });

  it('signs a disabled user out everywhere and refuses weak passwords', async () => {
    const { service, admin, make, units, refreshTokens } = await setup();
    const learner = await make('l@mof.gov.la', units.budget.id);
    await refreshTokens.insert({ userId: learner.id, familyId: 'f', tokenHash: Buffer.from('x'), expiresAt: new Date(Date.now() + 1e6) });
    expect((await service.update(admin, learner.id, { status: 'disabled' })).status).toBe('disabled');
    expect(refreshTokens.tokens[0].revokedAt).not.toBeNull();
    expect(await statusOf(service.update(admin, learner.id, { password: 'password123' }))).toBe(400);
  });

  it('makes the access tokens of a user disabled, moved, given new roles or a new password fail at once', async () => {
    const { service, admin, make, units, revocations, clock } = await setup();
    const issuedBefore = () => ({ sid: 'session', iat: (clock.now().getTime() - 1) / 1000 });
    const changes = [{ status: 'disabled' as const }, { orgUnitId: units.tax.id }, { roles: ['learner' as const, 'instructor' as const] }, { password: 'a new long passphrase' }];
    for (const [i, change] of changes.entries()) {
      const learner = await make(`l${i}@mof.gov.la`, units.budget.id);
      expect(await revocations.revocationOf({ sub: learner.id, ...issuedBefore() })).toBeNull();
      await service.update(admin, learner.id, change);
      expect(await revocations.revocationOf({ sub: learner.id, ...issuedBefore() })).not.toBeNull();
    }
    const renamed = await make('renamed@mof.gov.la', units.budget.id);
    await service.update(admin, renamed.id, { displayName: 'Renamed', locale: 'en' });
    expect(await revocations.revocationOf({ sub: renamed.id, ...issuedBefore() })).toBeNull();
  });
});

describe('UsersImportService', () => {
  const header = 'email,displayName,employeeId,orgUnitCode,position,locale';

  it('creates, then updates only what changed, and a repeat changes nothing', async () => {
    const { importer, hr } = await setup();
    const file = Buffer.from(`${header}\na@mof.gov.la,A,MOF-1,MOF-BUD,,lo\nb@mof.gov.la,B,,MOF-BUD,,en\n`);
    expect(await importer.import(hr, file)).toEqual({ created: 2, updated: 0 });
    expect(await importer.import(hr, file)).toEqual({ created: 0, updated: 0 });
    const edited = Buffer.from(`${header}\na@mof.gov.la,A renamed,MOF-1,MOF-BUD,,lo\nb@mof.gov.la,B,,MOF-BUD,,en\n`);
    expect(await importer.import(hr, edited)).toEqual({ created: 0, updated: 1 });
  });

  it('refuses units and users outside the HR manager’s subtree, by line, writing nothing', async () => {
    const { importer, hr, users, make, units } = await setup();
    await make('out@moha.gov.la', units.moha.id);
    const before = users.users.length;
    const file = Buffer.from(`${header}\nok@mof.gov.la,OK,,MOF-BUD,,lo\nx@mof.gov.la,X,,MOHA,,lo\nout@moha.gov.la,Out,,MOF-BUD,,lo\ny@mof.gov.la,Y,,NOPE,,lo\n`);
    const error = (await importer.import(hr, file).catch((e) => e)) as IdentityException;
    expect(error.getStatus()).toBe(422);
    expect(error.extraBody.errors).toEqual([
      { line: 3, field: 'orgUnitCode', message: 'no org unit "MOHA" that you manage' },
      { line: 4, field: 'email', message: 'belongs to a user outside the org units you manage' },
      { line: 5, field: 'orgUnitCode', message: 'no org unit "NOPE" that you manage' },
    ]);
    expect(users.users.length).toBe(before);
  });

  it('makes the access tokens of the users it moves to another unit fail at once, and only theirs', async () => {
    const { importer, admin, make, units, revocations, clock } = await setup();
    const mover = await make('mover@mof.gov.la', units.budget.id);
    const stayer = await make('stayer@mof.gov.la', units.budget.id);
    const issuedBefore = (sub: string) => ({ sub, sid: 'session', iat: (clock.now().getTime() - 1) / 1000 });
    const file = Buffer.from(`${header}
mover@mof.gov.la,Mover,,MOF-TAX,,lo
stayer@mof.gov.la,Stayer renamed,,MOF-BUD,,lo
`);
    expect(await importer.import(admin, file)).toEqual({ created: 0, updated: 2 });
    expect(await revocations.revocationOf(issuedBefore(mover.id))).not.toBeNull();
    expect(await revocations.revocationOf(issuedBefore(stayer.id))).toBeNull();
  });

  it('refuses an employee id that belongs to someone else', async () => {
    const { importer, admin, users, units } = await setup();
    await users.insert({ email: 'holder@mof.gov.la', employeeId: 'E-1', displayName: 'H', position: null, locale: 'lo', orgUnitId: units.budget.id, roles: ['learner'], passwordHash: null });
    const error = (await importer.import(admin, Buffer.from(`${header}\nnew@mof.gov.la,N,E-1,MOF-BUD,,lo\n`)).catch((e) => e)) as IdentityException;
    expect(error.extraBody.errors).toEqual([{ line: 2, field: 'employeeId', message: 'belongs to another user' }]);
  });
});
