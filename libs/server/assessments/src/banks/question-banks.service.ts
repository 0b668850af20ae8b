import { Injectable } from '@nestjs/common';
import type { ImportResult, Page, QuestionBankView, QuestionView } from '@lms/contracts';
import type { Actor } from '@lms/server-core';
import { canEdit, CoursesRepository } from '@lms/server-courses';
import { AssessmentsErrorCode, AssessmentsException } from '../assessments.exception';
import { validateQuestion } from '../questions';
import { canonicalQuestion, parseQuestionFile, type ImportFormat } from './import-questions';
import { QuestionBanksRepository, type BankRecord } from './question-banks.repository';
import { regradeIfKeyChanged } from './regrade-on-change';

/**
 * Question banks: a course's own, or the institute's, which any instructor may use in any course.
 * An institute bank's questions are changed only by the instructor who made it, or an admin: a
 * re-keyed question regrades every attempt that drew it, in courses its other users teach.
 * Anyone else is told the bank does not exist.
 */
@Injectable()
export class QuestionBanksService {
  constructor(
    private readonly banks: QuestionBanksRepository,
    private readonly courses: CoursesRepository,
  ) {}

  async create(actor: Actor, dto: { title: string; courseId?: string }): Promise<QuestionBankView> {
    if (dto.courseId) {
      const course = await this.courses.findCourse(dto.courseId);
      if (!course || !canEdit(actor, course)) throw new AssessmentsException(AssessmentsErrorCode.CourseNotFound, 'Course not found');
    }
    return this.banks.createBank({ title: dto.title, courseId: dto.courseId ?? null, createdBy: actor.userId });
  }

  async list(actor: Actor, courseId: string | undefined, offset: number, limit: number): Promise<{ items: QuestionBankView[]; total: number }> {
    if (courseId) {
      const course = await this.courses.findCourse(courseId);
      if (!course || !canEdit(actor, course)) throw new AssessmentsException(AssessmentsErrorCode.CourseNotFound, 'Course not found');
      return this.banks.banks([courseId], offset, limit);
    }
    return this.banks.banks(actor.roles.includes('admin') ? 'all' : await this.courses.editableCourseIds(actor.userId), offset, limit);
  }

  /** The bank, if the actor may author in it: admins, any instructor for institute banks, a course's authors for its banks. */
  async usable(actor: Actor, bankId: string): Promise<BankRecord> {
    const bank = await this.banks.findBank(bankId);
    if (bank && (await this.mayUse(actor, bank))) return bank;
    throw new AssessmentsException(AssessmentsErrorCode.BankNotFound, 'Question bank not found');
  }

  /** The bank, if the actor may also change its questions (403 for another's institute bank). */
  async writable(actor: Actor, bankId: string): Promise<BankRecord> {
    return this.mayWrite(actor, await this.usable(actor, bankId));
  }

  async questions(actor: Actor, bankId: string, page: { page: number; pageSize: number }): Promise<Page<QuestionView>> {
    await this.usable(actor, bankId);
    const { items, total } = await this.banks.questions(bankId, (page.page - 1) * page.pageSize, page.pageSize);
    return { items, total, page: page.page, pageSize: page.pageSize };
  }

  async addQuestion(actor: Actor, bankId: string, body: unknown): Promise<QuestionView> {
    await this.writable(actor, bankId);
    const question = this.valid(body);
    const [id] = await this.banks.addQuestions(bankId, [question], actor.userId);
    return (await this.banks.findQuestion(id))!;
  }

  async import(actor: Actor, bankId: string, format: ImportFormat, text: string): Promise<ImportResult> {
    await this.writable(actor, bankId);
    const { questions, errors } = parseQuestionFile(format, text);
    if (errors.length) {
      throw new AssessmentsException(AssessmentsErrorCode.ImportInvalid, `The file has ${errors.length} problem(s); nothing was imported`, [], { imported: 0, errors });
    }
    await this.banks.addQuestions(bankId, questions, actor.userId);
    return { imported: questions.length, errors: [] };
  }

  async question(actor: Actor, id: string): Promise<QuestionView> {
    return (await this.questionIn(actor, id)).question;
  }

  /** A new version; when the answer key changed, attempts graded on an older version are regraded in the background. */
  async updateQuestion(actor: Actor, id: string, body: unknown): Promise<QuestionView> {
    const { question: current, bank } = await this.questionIn(actor, id);
    this.mayWrite(actor, bank);
    const next = this.valid(body);
    await this.banks.transaction(async (m) => {
      const version = await this.banks.updateQuestion(id, next, actor.userId, m);
      await regradeIfKeyChanged(m, current, next, version);
    });
    return (await this.banks.findQuestion(id))!;
  }

  async archiveQuestion(actor: Actor, id: string): Promise<void> {
    this.mayWrite(actor, (await this.questionIn(actor, id)).bank);
    await this.banks.archiveQuestion(id);
  }

  private async questionIn(actor: Actor, id: string): Promise<{ question: QuestionView; bank: BankRecord }> {
    const question = await this.banks.findQuestion(id);
    if (question) {
      const bank = await this.banks.findBank(question.bankId);
      if (bank && (await this.mayUse(actor, bank))) return { question, bank };
    }
    throw new AssessmentsException(AssessmentsErrorCode.QuestionNotFound, 'Question not found');
  }

  private mayWrite(actor: Actor, bank: BankRecord): BankRecord {
    if (bank.courseId !== null || actor.roles.includes('admin') || bank.createdBy === actor.userId) return bank;
    throw new AssessmentsException(AssessmentsErrorCode.BankNotEditable, 'Only the instructor who made this institute bank, or an admin, may change its questions');
  }

  private valid(body: unknown) {
    const checked = validateQuestion(body);
    if (!checked.question) {
      throw new AssessmentsException(AssessmentsErrorCode.QuestionInvalid, checked.problems.join('; '), checked.problems.map((message) => ({ message })));
    }
    return canonicalQuestion(checked.question);
  }

  private async mayUse(actor: Actor, bank: BankRecord): Promise<boolean> {
    if (actor.roles.includes('admin')) return true;
    if (!actor.roles.includes('instructor')) return false;
    if (bank.courseId === null) return true;
    const course = await this.courses.findCourse(bank.courseId);
    return !!course && canEdit(actor, course);
  }
}
