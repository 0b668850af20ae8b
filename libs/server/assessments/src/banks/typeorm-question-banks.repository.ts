import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { QuestionBankView, QuestionInput, QuestionView } from '@lms/contracts';
import { QuestionBanksRepository, versionKey, type BankRecord, type StoredQuestion } from './question-banks.repository';

const BANK_VIEW = `b.id, b.title, b.course_id AS "courseId", b.created_by AS "createdBy", b.created_at AS "createdAt",
  (SELECT count(*)::int FROM questions q WHERE q.bank_id = b.id AND q.archived_at IS NULL) AS "questionCount"`;

const QUESTION_COLUMNS = `q.id, q.bank_id AS "bankId", q.current_version AS version, q.updated_at AS "updatedAt", v.definition`;
const CURRENT_VERSIONS = `FROM questions q JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version`;

interface QuestionRow {
  id: string;
  bankId: string;
  version: number;
  updatedAt: Date;
  definition: QuestionInput;
}
const toView = (r: QuestionRow): QuestionView => ({ ...r.definition, id: r.id, bankId: r.bankId, version: r.version, updatedAt: new Date(r.updatedAt).toISOString() });
const toBankView = (r: QuestionBankView & { createdAt: Date | string }): QuestionBankView => ({ ...r, createdAt: new Date(r.createdAt).toISOString() });

@Injectable()
export class TypeOrmQuestionBanksRepository extends QuestionBanksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async createBank(bank: { title: string; courseId: string | null; createdBy: string }): Promise<QuestionBankView> {
    const [row] = await this.dataSource.query(
      `WITH b AS (INSERT INTO question_banks (title, course_id, created_by) VALUES ($1, $2, $3) RETURNING *)
       SELECT b.id, b.title, b.course_id AS "courseId", b.created_by AS "createdBy", b.created_at AS "createdAt", 0 AS "questionCount" FROM b`,
      [bank.title, bank.courseId, bank.createdBy],
    );
    return toBankView(row);
  }

  async findBank(id: string): Promise<BankRecord | null> {
    const [row] = await this.dataSource.query(`SELECT id, title, course_id AS "courseId", created_by AS "createdBy" FROM question_banks WHERE id = $1`, [id]);
    return row ?? null;
  }

  async banks(courseIds: string[] | 'all', offset: number, limit: number): Promise<{ items: QuestionBankView[]; total: number }> {
    const where = courseIds === 'all' ? 'true' : 'b.course_id IS NULL OR b.course_id = ANY($3::uuid[])';
    const params: unknown[] = [limit, offset, ...(courseIds === 'all' ? [] : [courseIds])];
    const rows = await this.dataSource.query(
      `SELECT ${BANK_VIEW}, count(*) OVER ()::int AS total FROM question_banks b WHERE ${where} ORDER BY b.created_at DESC, b.id LIMIT $1 OFFSET $2`,
      params,
    );
    return { items: rows.map(({ total: _t, ...r }: QuestionBankView & { total: number; createdAt: Date }) => toBankView(r)), total: rows[0]?.total ?? 0 };
  }

  async addQuestions(bankId: string, questions: QuestionInput[], createdBy: string, m?: EntityManager): Promise<string[]> {
    if (!questions.length) return [];
    const write = async (tx: EntityManager) => {
      // One statement for the whole batch: a 500-question import is one round trip, not 1,000.
      const rows: { id: string }[] = await tx.query(
        `WITH input AS (
           SELECT ordinality AS n, value AS definition FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY
         ), start AS (
           SELECT COALESCE(max(position), 0) AS p FROM questions WHERE bank_id = $1
         ), q AS (
           INSERT INTO questions (bank_id, type, category, position)
           SELECT $1, i.definition->>'type', COALESCE(i.definition->>'category', ''), start.p + i.n FROM input i, start ORDER BY i.n
           RETURNING id, position
         ), v AS (
           INSERT INTO question_versions (question_id, version, definition, created_by)
           SELECT q.id, 1, i.definition, $3 FROM q JOIN start ON true JOIN input i ON start.p + i.n = q.position
           RETURNING question_id
         )
         SELECT q.id FROM q ORDER BY q.position`,
        [bankId, JSON.stringify(questions), createdBy],
      );
      return rows.map((r) => r.id);
    };
    return m ? write(m) : this.dataSource.transaction(write);
  }

  async questions(bankId: string, offset: number, limit: number): Promise<{ items: QuestionView[]; total: number }> {
    const rows = await this.dataSource.query(
      `SELECT ${QUESTION_COLUMNS}, count(*) OVER ()::int AS total ${CURRENT_VERSIONS} WHERE q.bank_id = $1 AND q.archived_at IS NULL ORDER BY q.position LIMIT $2 OFFSET $3`,
      [bankId, limit, offset],
    );
    return { items: rows.map(toView), total: rows[0]?.total ?? 0 };
  }

  async findQuestion(id: string): Promise<QuestionView | null> {
    const [row] = await this.dataSource.query(`SELECT ${QUESTION_COLUMNS} ${CURRENT_VERSIONS} WHERE q.id = $1 AND q.archived_at IS NULL`, [id]);
    return row ? toView(row) : null;
  }

  async updateQuestion(id: string, question: QuestionInput, updatedBy: string, m: EntityManager): Promise<number> {
    const [row] = await m.query(
      `WITH u AS (UPDATE questions SET current_version = current_version + 1, type = $2, category = $3, updated_at = now() WHERE id = $1 RETURNING current_version)
       SELECT current_version AS version FROM u`,
      [id, question.type, question.category ?? ''],
    );
    await m.query(`INSERT INTO question_versions (question_id, version, definition, created_by) VALUES ($1, $2, $3::jsonb, $4)`, [id, row.version, JSON.stringify(question), updatedBy]);
    return row.version;
  }

  async archiveQuestion(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE questions SET archived_at = now() WHERE id = $1 AND archived_at IS NULL`, [id]);
  }

  async candidates(bankId: string, category?: string): Promise<StoredQuestion[]> {
    return this.dataSource.query(
      `SELECT q.id, q.current_version AS version, v.definition ${CURRENT_VERSIONS}
       WHERE q.bank_id = $1 AND q.archived_at IS NULL AND ($2::text IS NULL OR q.category = $2 OR starts_with(q.category, $2 || '/'))
       ORDER BY q.position`,
      [bankId, category ?? null],
    );
  }

  async versions(refs: { questionId: string; version: number }[]): Promise<Map<string, QuestionInput>> {
    if (!refs.length) return new Map();
    const rows: { id: string; version: number; definition: QuestionInput }[] = await this.dataSource.query(
      `SELECT v.question_id AS id, v.version, v.definition FROM question_versions v
       JOIN unnest($1::uuid[], $2::int[]) AS r(id, version) ON r.id = v.question_id AND r.version = v.version`,
      [refs.map((r) => r.questionId), refs.map((r) => r.version)],
    );
    return new Map(rows.map((r) => [versionKey(r.id, r.version), r.definition]));
  }
}
