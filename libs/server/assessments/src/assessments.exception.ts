import { HttpStatus } from '@nestjs/common';
import { codedApiException } from '@lms/server-core';

export enum AssessmentsErrorCode {
  BankNotFound = 'assessments.bank-not-found',
  BankNotEditable = 'assessments.bank-not-editable',
  QuestionNotFound = 'assessments.question-not-found',
  QuestionInvalid = 'assessments.question-invalid',
  ImportInvalid = 'assessments.import-invalid',
  ImportFormat = 'assessments.import-format',
  CourseNotFound = 'assessments.course-not-found',
  ModuleNotFound = 'assessments.module-not-found',
  QuizNotFound = 'assessments.quiz-not-found',
  QuizInvalid = 'assessments.quiz-invalid',
  QuizNotReady = 'assessments.quiz-not-ready',
  NotEnrolled = 'assessments.not-enrolled',
  AttemptLimit = 'assessments.attempt-limit',
  ModulesIncomplete = 'assessments.modules-incomplete',
  AttemptNotFound = 'assessments.attempt-not-found',
  AttemptClosed = 'assessments.attempt-closed',
  AnswerInvalid = 'assessments.answer-invalid',
  NotAwaitingReview = 'assessments.not-awaiting-review',
  AlreadyGraded = 'assessments.already-graded',
  ScoreOutOfRange = 'assessments.score-out-of-range',
}

const STATUS: Record<AssessmentsErrorCode, HttpStatus> = {
  [AssessmentsErrorCode.BankNotFound]: HttpStatus.NOT_FOUND,
  [AssessmentsErrorCode.BankNotEditable]: HttpStatus.FORBIDDEN,
  [AssessmentsErrorCode.QuestionNotFound]: HttpStatus.NOT_FOUND,
  [AssessmentsErrorCode.QuestionInvalid]: HttpStatus.BAD_REQUEST,
  [AssessmentsErrorCode.ImportInvalid]: HttpStatus.UNPROCESSABLE_ENTITY,
  [AssessmentsErrorCode.ImportFormat]: HttpStatus.BAD_REQUEST,
  [AssessmentsErrorCode.CourseNotFound]: HttpStatus.NOT_FOUND,
  [AssessmentsErrorCode.ModuleNotFound]: HttpStatus.NOT_FOUND,
  [AssessmentsErrorCode.QuizNotFound]: HttpStatus.NOT_FOUND,
  [AssessmentsErrorCode.QuizInvalid]: HttpStatus.BAD_REQUEST,
  [AssessmentsErrorCode.QuizNotReady]: HttpStatus.CONFLICT,
  [AssessmentsErrorCode.NotEnrolled]: HttpStatus.CONFLICT,
  [AssessmentsErrorCode.AttemptLimit]: HttpStatus.CONFLICT,
  [AssessmentsErrorCode.ModulesIncomplete]: HttpStatus.CONFLICT,
  [AssessmentsErrorCode.AttemptNotFound]: HttpStatus.NOT_FOUND,
  [AssessmentsErrorCode.AttemptClosed]: HttpStatus.CONFLICT,
  [AssessmentsErrorCode.AnswerInvalid]: HttpStatus.BAD_REQUEST,
  [AssessmentsErrorCode.NotAwaitingReview]: HttpStatus.CONFLICT,
  [AssessmentsErrorCode.AlreadyGraded]: HttpStatus.CONFLICT,
  [AssessmentsErrorCode.ScoreOutOfRange]: HttpStatus.BAD_REQUEST,
};

export class AssessmentsException extends codedApiException(STATUS) {}
