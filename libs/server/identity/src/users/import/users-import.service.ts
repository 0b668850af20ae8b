import { Injectable } from '@nestjs/common';
import type { LineError, UsersImportResult } from '@lms/contracts';
import { AccessTokenRevocations, pgErrorCode, PG_UNIQUE_VIOLATION, type Actor } from '@lms/server-core';
import { OrgUnitsRepository, scopeOf } from '@lms/server-org';
import { IdentityErrorCode, IdentityException } from '../../identity.exception';
import type { User } from '../user.entity';
import { mayManage } from '../role-grants';
import { UsersRepository, type ImportedUser } from '../users.repository';
import { parseUsersCsv, type UserCsvRow } from './users-csv.parser';

/**
 * CSV import of users: every row is checked before anything is written, and the write is one
 * transaction. Rows match existing users by email; unchanged users are not touched, so importing
 * the same file twice changes nothing the second time.
 */
@Injectable()
export class UsersImportService {
  constructor(
    private readonly users: UsersRepository,
    private readonly orgUnits: OrgUnitsRepository,
    private readonly revocations: AccessTokenRevocations,
  ) {}

  async import(actor: Actor, content: Buffer): Promise<UsersImportResult> {
    const parsed = parseUsersCsv(content);
    if (parsed.errors.length) throw this.invalid(parsed.errors);
    const rows = parsed.rows;

    const scope = scopeOf(actor);
    const codes = [...new Set(rows.map((r) => r.orgUnitCode))];
    const units = new Map((await this.orgUnits.findByCodes(codes)).map((u) => [u.code, u]));
    const byEmail = new Map((await this.users.findByEmails(rows.map((r) => r.email))).map((u) => [u.email, u]));
    const byEmployee = new Map<string, User>();
    for (const u of await this.users.findByEmployeeIds(rows.flatMap((r) => (r.employeeId ? [r.employeeId] : [])))) byEmployee.set(u.employeeId!, u);
    const unitIds = [...units.values()].map((u) => u.id);
    const existingUnitIds = [...byEmail.values()].map((u) => u.orgUnitId);
    const manageable = await this.orgUnits.idsInScope(scope, [...new Set([...unitIds, ...existingUnitIds])]);

    const errors: LineError[] = [];
    const creates: ImportedUser[] = [];
    const updates: (ImportedUser & { id: string })[] = [];
    const moved: string[] = [];
    for (const row of rows) {
      const unit = units.get(row.orgUnitCode);
      if (!unit || !manageable.has(unit.id)) {
        errors.push({ line: row.line, field: 'orgUnitCode', message: `no org unit "${row.orgUnitCode}" that you manage` });
        continue;
      }
      const existing = byEmail.get(row.email);
      const holder = row.employeeId ? byEmployee.get(row.employeeId) : undefined;
      if (holder && holder.id !== existing?.id) {
        errors.push({ line: row.line, field: 'employeeId', message: 'belongs to another user' });
        continue;
      }
      if (existing && !manageable.has(existing.orgUnitId)) {
        errors.push({ line: row.line, field: 'email', message: 'belongs to a user outside the org units you manage' });
        continue;
      }
      if (existing && !mayManage(actor, existing)) {
        errors.push({ line: row.line, field: 'email', message: 'belongs to an admin, an instructor or an HR manager of your own unit, whose account you may not change' });
        continue;
      }
      const values = this.values(row, unit.id);
      if (existing) updates.push({ ...values, id: existing.id });
      else creates.push(values);
      if (existing && existing.orgUnitId !== values.orgUnitId) moved.push(existing.id);
    }
    if (errors.length) throw this.invalid(errors);

    try {
      const result = await this.users.applyImport(creates, updates);
      // Access tokens carry the org unit: a moved user's fail at once, and a refresh issues new ones.
      await this.revocations.revokeUsers(moved);
      return result;
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) {
        throw new IdentityException(IdentityErrorCode.ImportConflict, 'Another change to the same users happened during the import; nothing was written, try again');
      }
      throw error;
    }
  }

  private values(row: UserCsvRow, orgUnitId: string): ImportedUser {
    return { email: row.email, employeeId: row.employeeId, displayName: row.displayName, position: row.position, locale: row.locale, orgUnitId };
  }

  private invalid(errors: LineError[]): IdentityException {
    return new IdentityException(IdentityErrorCode.ImportInvalid, `The file has ${errors.length} problem(s); nothing was imported`, [], { errors });
  }
}
