import { HttpStatus } from '@nestjs/common';
import { codedApiException } from '@lms/server-core';

export enum ScormErrorCode {
  ItemNotFound = 'scorm.item-not-found',
  NotEnrolled = 'scorm.not-enrolled',
  InvalidRuntimeData = 'scorm.invalid-runtime-data',
  NothingToChange = 'scorm.nothing-to-change',
}

const STATUS: Record<ScormErrorCode, HttpStatus> = {
  [ScormErrorCode.ItemNotFound]: HttpStatus.NOT_FOUND,
  [ScormErrorCode.NotEnrolled]: HttpStatus.CONFLICT,
  [ScormErrorCode.InvalidRuntimeData]: HttpStatus.BAD_REQUEST,
  [ScormErrorCode.NothingToChange]: HttpStatus.BAD_REQUEST,
};

export class ScormException extends codedApiException(STATUS) {}
