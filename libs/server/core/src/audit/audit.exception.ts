import { HttpStatus } from '@nestjs/common';
import { codedApiException } from '../http/api-exception';

export enum AuditErrorCode {
  RangeReversed = 'audit.range-reversed',
}

const STATUS: Record<AuditErrorCode, HttpStatus> = {
  [AuditErrorCode.RangeReversed]: HttpStatus.BAD_REQUEST,
};

export class AuditException extends codedApiException(STATUS) {}
