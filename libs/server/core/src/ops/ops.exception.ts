import { HttpStatus } from '@nestjs/common';
import { codedApiException } from '../http/api-exception';

export enum OpsErrorCode {
  QueueNotFound = 'system.queue-not-found',
  JobNotFound = 'system.job-not-found',
  JobNotFailed = 'system.job-not-failed',
  QueuesUnavailable = 'system.queues-unavailable',
}

const STATUS: Record<OpsErrorCode, HttpStatus> = {
  [OpsErrorCode.QueueNotFound]: HttpStatus.NOT_FOUND,
  [OpsErrorCode.JobNotFound]: HttpStatus.NOT_FOUND,
  [OpsErrorCode.JobNotFailed]: HttpStatus.CONFLICT,
  [OpsErrorCode.QueuesUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
};

export class OpsException extends codedApiException(STATUS) {}
