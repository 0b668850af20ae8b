import { HttpStatus } from '@nestjs/common';
import { codedApiException } from '../http/api-exception';

export enum MetricsErrorCode {
  Unauthorized = 'metrics.unauthorized',
  Disabled = 'metrics.disabled',
}

const STATUS: Record<MetricsErrorCode, HttpStatus> = {
  [MetricsErrorCode.Unauthorized]: HttpStatus.UNAUTHORIZED,
  [MetricsErrorCode.Disabled]: HttpStatus.NOT_FOUND,
};

export class MetricsException extends codedApiException(STATUS) {}
