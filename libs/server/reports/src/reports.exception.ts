import { HttpStatus } from '@nestjs/common';
import { codedApiException } from '@lms/server-core';

export enum ReportsErrorCode {
  UnitNotFound = 'reports.unit-not-found',
  RangeReversed = 'reports.range-reversed',
  ExportNotFound = 'reports.export-not-found',
  ExportNotReady = 'reports.export-not-ready',
  ExportExpired = 'reports.export-expired',
  UnknownFilter = 'reports.unknown-filter',
}

const STATUS: Record<ReportsErrorCode, HttpStatus> = {
  [ReportsErrorCode.UnitNotFound]: HttpStatus.NOT_FOUND,
  [ReportsErrorCode.RangeReversed]: HttpStatus.BAD_REQUEST,
  [ReportsErrorCode.ExportNotFound]: HttpStatus.NOT_FOUND,
  [ReportsErrorCode.ExportNotReady]: HttpStatus.CONFLICT,
  [ReportsErrorCode.ExportExpired]: HttpStatus.GONE,
  [ReportsErrorCode.UnknownFilter]: HttpStatus.UNPROCESSABLE_ENTITY,
};

export class ReportsException extends codedApiException(STATUS) {}
