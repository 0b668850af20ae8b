import type { OrgUnitsRepository } from '@lms/server-org';
import type { PasswordHasher } from '../password/password-hasher';
import type { UsersRepository } from '../users/users.repository';
import { normaliseRoles } from '../users/role-grants';

/** The first admin belongs to the ICT institute of the Ministry of Technology and Communications. */
export const MTC_CODE = 'MTC';
export const INSTITUTE_CODE = 'MTC-ICTI';

export interface FirstAdminDeps {
  users: UsersRepository;
  orgUnits: OrgUnitsRepository;
  hasher: PasswordHasher;
}

/**
 * Idempotent: creates the admin (and, if the tree is empty, the institute they belong to), or
 * makes an existing user with that email an admin. An existing password is never overwritten.
 */
export async function ensureFirstAdmin(admin: { email: string; password: string }, deps: FirstAdminDeps): Promise<'created' | 'promoted' | 'exists'> {
  const existing = await deps.users.findByEmail(admin.email);
  if (existing) {
    if (existing.roles.includes('admin') && existing.status === 'active') return 'exists';
    await deps.users.update(existing.id, { roles: normaliseRoles([...existing.roles, 'admin']), status: 'active' });
    return 'promoted';
  }
  const unit = await ensureInstitute(deps.orgUnits);
  await deps.users.insert({
    email: admin.email,
    employeeId: null,
    displayName: 'Administrator',
    position: null,
    locale: 'lo',
    orgUnitId: unit.id,
    roles: normaliseRoles(['admin']),
    passwordHash: await deps.hasher.hash(admin.password),
  });
  return 'created';
}

/** The ministry and its ICT institute, created when missing. */
export async function ensureInstitute(orgUnits: OrgUnitsRepository) {
  const found = new Map((await orgUnits.findByCodes([MTC_CODE, INSTITUTE_CODE])).map((u) => [u.code, u]));
  const ministry =
    found.get(MTC_CODE) ??
    (await orgUnits.insert({ code: MTC_CODE, nameLo: 'ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ', nameEn: 'Ministry of Technology and Communications', kind: 'ministry', parentId: null }));
  return (
    found.get(INSTITUTE_CODE) ??
    (await orgUnits.insert({ code: INSTITUTE_CODE, nameLo: 'ສະຖາບັນເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານ', nameEn: 'ICT Institute', kind: 'institute', parentId: ministry.id }))
  );
}
