import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { QuizSettings } from '@lms/contracts';
import { QuizPackages, type ImportedQuizzes, type PackageProblem } from '@lms/server-courses';
import { parseQuestionFile } from '../banks/import-questions';
import { TypeOrmQuestionBanksRepository } from '../banks/typeorm-question-banks.repository';
import { writeGift } from '../formats/gift';
import { packageQuizSettings } from './quiz-settings';

/**
 * A package's quizzes/*.gift: each file becomes a question bank of the course, and its quiz draws
 * every question of it. The seed constructs this directly, so it takes only a DataSource.
 */
@Injectable()
export class GiftQuizPackages extends QuizPackages {
  private readonly banks: TypeOrmQuestionBanksRepository;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
    this.banks = new TypeOrmQuestionBanksRepository(dataSource);
  }

  check(quizzes: { path: string; source: string }[]): PackageProblem[] {
    return quizzes.flatMap((q) => parseQuestionFile('gift', q.source).errors.map((e) => ({ file: q.path, line: e.line, message: e.message })));
  }

  async materialise(m: EntityManager, imported: ImportedQuizzes, ownerId: string): Promise<void> {
    for (const quiz of imported.quizzes) {
      const { questions } = parseQuestionFile('gift', quiz.source);
      const [bank] = await m.query(`INSERT INTO question_banks (title, course_id, created_by) VALUES ($1, $2, $3) RETURNING id`, [quiz.title, imported.courseId, ownerId]);
      await this.banks.addQuestions(bank.id, questions, ownerId, m);
      await m.query(`UPDATE course_item_revisions SET settings = $2::jsonb WHERE item_id = $1`, [quiz.itemId, JSON.stringify(packageQuizSettings(bank.id))]);
    }
  }

  /**
   * Quizzes imported before the assessments feature existed hold only their GIFT source: give each
   * its bank and settings, once. Safe to run on every start.
   */
  async materialisePending(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      // Two starts at once (the API and a seed) must not give one quiz two banks.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('lane.materialise-pending-quizzes'))`);
      const pending: { itemId: string; courseId: string; title: string; source: string; ownerId: string }[] = await m.query(
        `SELECT DISTINCT ON (r.item_id) r.item_id AS "itemId", r.course_id AS "courseId", r.title, r.source, c.owner_id AS "ownerId"
         FROM course_item_revisions r JOIN course_items i ON i.id = r.item_id AND i.kind = 'quiz' JOIN courses c ON c.id = r.course_id
         WHERE r.settings IS NULL AND r.source IS NOT NULL ORDER BY r.item_id, r.version DESC`,
      );
      let done = 0;
      for (const quiz of pending) {
        if (parseQuestionFile('gift', quiz.source).errors.length) continue;
        await this.materialise(m, { courseId: quiz.courseId, quizzes: [{ itemId: quiz.itemId, title: quiz.title, path: quiz.title, source: quiz.source }] }, quiz.ownerId);
        done++;
      }
      return done;
    });
  }

  async exportSource(itemId: string, version: number): Promise<string | null> {
    const [row]: { settings: QuizSettings | null }[] = await this.dataSource.query(`SELECT settings FROM course_item_revisions WHERE item_id = $1 AND version = $2`, [itemId, version]);
    if (!row?.settings) return null;
    const questions = await this.banks.candidates(row.settings.questionBankId, row.settings.selection.category);
    return writeGift(questions.map((q) => q.definition));
  }
}
