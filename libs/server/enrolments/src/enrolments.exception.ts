import { HttpStatus } from '@nestjs/common';
import { codedApiException } from '@lms/server-core';

export enum EnrolmentsErrorCode {
  CourseNotFound = 'enrolments.course-not-found',
  LessonNotFound = 'enrolments.lesson-not-found',
  NotEnrolled = 'enrolments.not-enrolled',
  CourseNotPublished = 'enrolments.course-not-published',
  OrgUnitNotFound = 'enrolments.org-unit-not-found',
  UserNotFound = 'enrolments.user-not-found',
  AssignmentNotFound = 'enrolments.assignment-not-found',
  EmptyRule = 'enrolments.empty-rule',
  DueDatePassed = 'enrolments.due-date-passed',
  AlreadyCompleted = 'enrolments.already-completed',
  RemindedToday = 'enrolments.reminded-today',
}

const STATUS: Record<EnrolmentsErrorCode, HttpStatus> = {
  [EnrolmentsErrorCode.CourseNotFound]: HttpStatus.NOT_FOUND,
  [EnrolmentsErrorCode.LessonNotFound]: HttpStatus.NOT_FOUND,
  [EnrolmentsErrorCode.NotEnrolled]: HttpStatus.CONFLICT,
  [EnrolmentsErrorCode.CourseNotPublished]: HttpStatus.CONFLICT,
  [EnrolmentsErrorCode.OrgUnitNotFound]: HttpStatus.NOT_FOUND,
  [EnrolmentsErrorCode.UserNotFound]: HttpStatus.NOT_FOUND,
  [EnrolmentsErrorCode.AssignmentNotFound]: HttpStatus.NOT_FOUND,
  [EnrolmentsErrorCode.EmptyRule]: HttpStatus.BAD_REQUEST,
  [EnrolmentsErrorCode.DueDatePassed]: HttpStatus.BAD_REQUEST,
  [EnrolmentsErrorCode.AlreadyCompleted]: HttpStatus.CONFLICT,
  [EnrolmentsErrorCode.RemindedToday]: HttpStatus.CONFLICT,
};

export class EnrolmentsException extends codedApiException(STATUS) {}
