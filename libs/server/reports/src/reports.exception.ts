import { HttpStatus } from '@nestjs/common';
import { ApiException } from '@lms/server-core';

export enum ReportsErrorCode {
  UnitNotFound = 'reports.unit-not-found',
}

export class ReportsException extends ApiException {
  constructor(
    readonly code: ReportsErrorCode,
    message: string,
  ) {
    super(HttpStatus.NOT_FOUND, message, [{ code }]);
  }
}
