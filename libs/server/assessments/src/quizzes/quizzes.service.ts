import { Injectable } from '@nestjs/common';
import type { QuizView } from '@lms/contracts';
import type { Actor } from '@lms/server-core';
import { canEdit, CoursesRepository, type QuizRevision } from '@lms/server-courses';
import { AssessmentsErrorCode, AssessmentsException } from '../assessments.exception';
import { QuestionBanksService } from '../banks/question-banks.service';
import type { CreateQuizDto, UpdateQuizDto } from '../dtos/quiz.dto';
import { quizSettings, updatedSettings } from './quiz-settings';

/** Quizzes are items of a course module: every write goes to the course's draft version, as lessons do. */
@Injectable()
export class QuizzesService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly banks: QuestionBanksService,
  ) {}

  async create(actor: Actor, moduleId: string, dto: CreateQuizDto): Promise<QuizView> {
    const course = await this.courses.findCourseOfModule(moduleId);
    if (!course || !canEdit(actor, course)) throw new AssessmentsException(AssessmentsErrorCode.ModuleNotFound, 'Module not found');
    await this.banks.usable(actor, dto.questionBankId);
    const { title, ...fields } = dto;
    const settings = quizSettings(fields);
    const id = await this.courses.editDraft(course.id, (draft) => draft.addQuiz(moduleId, title, settings));
    if (!id) throw new AssessmentsException(AssessmentsErrorCode.ModuleNotFound, 'Module not found');
    return this.view(actor, id);
  }

  async update(actor: Actor, quizId: string, dto: UpdateQuizDto): Promise<QuizView> {
    const current = await this.editable(actor, quizId);
    if (dto.questionBankId) await this.banks.usable(actor, dto.questionBankId);
    const { title, position, ...fields } = dto;
    const settings = current.settings ? updatedSettings(current.settings, fields) : fields.questionBankId && fields.selection && fields.passPercent !== undefined ? quizSettings({ ...fields, questionBankId: fields.questionBankId, selection: fields.selection, passPercent: fields.passPercent }) : undefined;
    if (!settings && Object.keys(fields).length) throw new AssessmentsException(AssessmentsErrorCode.QuizInvalid, 'This quiz has no settings yet: give questionBankId, selection and passPercent');
    const found = await this.courses.editDraft(current.courseId, (draft) => draft.updateQuiz(quizId, { title, position, settings }));
    if (!found) throw new AssessmentsException(AssessmentsErrorCode.QuizNotFound, 'Quiz not found');
    return this.view(actor, quizId);
  }

  /** The quiz's settings for its authors (the draft). */
  async view(actor: Actor, quizId: string): Promise<QuizView> {
    const quiz = await this.editable(actor, quizId);
    if (!quiz.settings) throw new AssessmentsException(AssessmentsErrorCode.QuizNotReady, 'This quiz has no settings yet');
    return { id: quiz.id, courseId: quiz.courseId, moduleId: quiz.moduleId, title: quiz.title, position: quiz.position, ...quiz.settings };
  }

  private async editable(actor: Actor, quizId: string): Promise<QuizRevision> {
    const course = await this.courses.findCourseOfItem(quizId);
    const quiz = course && course.itemKind === 'quiz' && canEdit(actor, course) ? await this.courses.quiz(quizId, course.draftVersion) : null;
    if (!quiz) throw new AssessmentsException(AssessmentsErrorCode.QuizNotFound, 'Quiz not found');
    return quiz;
  }
}
