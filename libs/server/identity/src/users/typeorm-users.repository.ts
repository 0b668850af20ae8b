import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { enqueueInTransaction } from '@lms/server-core';
import { scopeCondition, type OrgScope } from '@lms/server-org';
import { User } from './user.entity';
import { UsersRepository, type ImportedUser, type NewUser, type UserChanges, type UserListFilter } from './users.repository';

const IMPORT_CHUNK = 5_000;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const RULES_CHUNK = 1000;

/**
 * Queues, in the caller's transaction, the job that enrols these users in the assignment rules
 * that cover them (a rule is a standing order: people who join a unit later are enrolled too).
 */
function applyAssignmentRules(m: EntityManager, userIds: string[]): Promise<void> {
  return enqueueInTransaction(m, [{ name: 'enrolments.apply-rules-for-users', payload: { userIds }, jobId: `apply-rules.${randomUUID()}` }]);
}

@Injectable()
export class TypeOrmUsersRepository extends UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  private get repo() {
    return this.dataSource.getRepository(User);
  }

  findById(id: string): Promise<User | null> {
    return this.repo.findOneBy({ id });
  }

  findInScope(scope: OrgScope, id: string): Promise<User | null> {
    const { sql, params } = scopeCondition(scope, 'u.org_unit_id');
    return this.repo.createQueryBuilder('u').where('u.id = :id', { id }).andWhere(sql, params).getOne();
  }

  findByLogin(login: string): Promise<User | null> {
    const value = login.trim();
    return this.repo
      .createQueryBuilder('u')
      .where('u.email = :email', { email: value.toLowerCase() })
      .orWhere('u.employee_id = :employeeId', { employeeId: value })
      .orderBy('u.email = :email', 'DESC')
      .getOne();
  }

  findByEmail(email: string): Promise<User | null> {
    return this.repo.findOneBy({ email: email.toLowerCase() });
  }

  async list(scope: OrgScope, filter: UserListFilter): Promise<{ items: User[]; total: number }> {
    const { sql, params } = scopeCondition(scope, 'u.org_unit_id');
    const qb = this.repo.createQueryBuilder('u').where(sql, params);
    if (filter.orgUnitId) {
      const sub = scopeCondition({ kind: 'subtree', rootId: filter.orgUnitId }, 'u.org_unit_id', 'filterRootId');
      qb.andWhere(sub.sql, sub.params);
    }
    if (filter.role) qb.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter.q) {
      qb.andWhere(`(u.display_name ILIKE :q OR u.email ILIKE :q OR u.employee_id ILIKE :q)`, { q: `%${escapeLike(filter.q)}%` });
    }
    const [items, total] = await qb.orderBy('u.display_name', 'ASC').addOrderBy('u.id', 'ASC').skip(filter.offset).take(filter.limit).getManyAndCount();
    return { items, total };
  }

  async takenIdentifiers(email: string | undefined, employeeId: string | null | undefined, exceptUserId?: string) {
    const rows: { email: string; employee_id: string | null }[] = await this.dataSource.query(
      `SELECT email, employee_id FROM users
       WHERE (email = $1 OR ($2::text IS NOT NULL AND employee_id = $2)) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [email?.toLowerCase() ?? null, employeeId ?? null, exceptUserId ?? null],
    );
    return {
      email: !!email && rows.some((r) => r.email === email.toLowerCase()),
      employeeId: !!employeeId && rows.some((r) => r.employee_id === employeeId),
    };
  }

  async insert(user: NewUser): Promise<User> {
    const id = await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(User);
      const saved = await repo.save(repo.create({ ...user, email: user.email.toLowerCase(), status: 'active', passwordChangedAt: user.passwordHash ? new Date() : null }));
      await applyAssignmentRules(m, [saved.id]);
      return saved.id;
    });
    return (await this.findById(id))!;
  }

  async update(id: string, changes: UserChanges): Promise<User> {
    const values: Partial<User> = { ...changes, updatedAt: new Date() };
    if (changes.email) values.email = changes.email.toLowerCase();
    if (changes.passwordHash) values.passwordChangedAt = new Date();
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(User).update({ id }, values);
      // Moved, re-positioned or re-enabled: the assignment rules that cover them now may differ.
      if (changes.orgUnitId !== undefined || changes.position !== undefined || changes.status === 'active') await applyAssignmentRules(m, [id]);
    });
    return (await this.findById(id))!;
  }

  findByEmails(emails: string[]): Promise<User[]> {
    return emails.length ? this.repo.createQueryBuilder('u').where('u.email = ANY(:emails)', { emails }).getMany() : Promise.resolve([]);
  }

  findByEmployeeIds(employeeIds: string[]): Promise<User[]> {
    return employeeIds.length
      ? this.repo.createQueryBuilder('u').where('u.employee_id = ANY(:employeeIds)', { employeeIds }).getMany()
      : Promise.resolve([]);
  }

  async applyImport(creates: ImportedUser[], updates: (ImportedUser & { id: string })[]) {
    return this.dataSource.transaction(async (m) => {
      let created = 0;
      let updated = 0;
      const touched: string[] = [];
      for (let i = 0; i < creates.length; i += IMPORT_CHUNK) {
        const chunk = creates.slice(i, i + IMPORT_CHUNK);
        const result: unknown[] = await m.query(
          `INSERT INTO users (email, employee_id, display_name, position, locale, org_unit_id)
           SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::uuid[])
           RETURNING id`,
          [
            chunk.map((u) => u.email),
            chunk.map((u) => u.employeeId),
            chunk.map((u) => u.displayName),
            chunk.map((u) => u.position),
            chunk.map((u) => u.locale),
            chunk.map((u) => u.orgUnitId),
          ],
        );
        created += result.length;
        touched.push(...(result as { id: string }[]).map((r) => r.id));
      }
      for (let i = 0; i < updates.length; i += IMPORT_CHUNK) {
        const chunk = updates.slice(i, i + IMPORT_CHUNK);
        const result: unknown[] = await m.query(
          `UPDATE users u SET email = v.email, employee_id = v.employee_id, display_name = v.display_name,
             position = v.position, locale = v.locale, org_unit_id = v.org_unit_id, updated_at = now()
           FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::uuid[])
             AS v(id, email, employee_id, display_name, position, locale, org_unit_id)
           WHERE u.id = v.id
             AND (u.email, u.employee_id, u.display_name, u.position, u.locale, u.org_unit_id)
                 IS DISTINCT FROM (v.email, v.employee_id, v.display_name, v.position, v.locale, v.org_unit_id)
           RETURNING u.id`,
          [
            chunk.map((u) => u.id),
            chunk.map((u) => u.email),
            chunk.map((u) => u.employeeId),
            chunk.map((u) => u.displayName),
            chunk.map((u) => u.position),
            chunk.map((u) => u.locale),
            chunk.map((u) => u.orgUnitId),
          ],
        );
        const rows = (Array.isArray(result[0]) ? result[0] : result) as { id: string }[];
        updated += rows.length;
        touched.push(...rows.map((r) => r.id));
      }
      for (let i = 0; i < touched.length; i += RULES_CHUNK) await applyAssignmentRules(m, touched.slice(i, i + RULES_CHUNK));
      return { created, updated };
    });
  }
}
