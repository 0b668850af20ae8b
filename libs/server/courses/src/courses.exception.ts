import { HttpStatus } from '@nestjs/common';
import { codedApiException } from '@lms/server-core';

export enum CoursesErrorCode {
  CourseNotFound = 'courses.course-not-found',
  ModuleNotFound = 'courses.module-not-found',
  LessonNotFound = 'courses.lesson-not-found',
  NotAnAuthor = 'courses.not-an-author',
  SlugTaken = 'courses.slug-taken',
  Archived = 'courses.archived',
  EmptyCourse = 'courses.empty-course',
  NotAnInstructor = 'courses.not-an-instructor',
  PackageFilesMissing = 'courses.package-files-missing',
}

const STATUS: Record<CoursesErrorCode, HttpStatus> = {
  [CoursesErrorCode.CourseNotFound]: HttpStatus.NOT_FOUND,
  [CoursesErrorCode.ModuleNotFound]: HttpStatus.NOT_FOUND,
  [CoursesErrorCode.LessonNotFound]: HttpStatus.NOT_FOUND,
  [CoursesErrorCode.NotAnAuthor]: HttpStatus.FORBIDDEN,
  [CoursesErrorCode.SlugTaken]: HttpStatus.CONFLICT,
  [CoursesErrorCode.Archived]: HttpStatus.CONFLICT,
  [CoursesErrorCode.EmptyCourse]: HttpStatus.CONFLICT,
  [CoursesErrorCode.NotAnInstructor]: HttpStatus.BAD_REQUEST,
  [CoursesErrorCode.PackageFilesMissing]: HttpStatus.CONFLICT,
};

export class CoursesException extends codedApiException(STATUS) {}
