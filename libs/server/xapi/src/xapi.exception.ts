import { HttpStatus } from '@nestjs/common';
import { codedApiException } from '@lms/server-core';

export enum XapiErrorCode {
  ClientNotFound = 'xapi.client-not-found',
  ClientRevoked = 'xapi.client-revoked',
}

const STATUS: Record<XapiErrorCode, HttpStatus> = {
  [XapiErrorCode.ClientNotFound]: HttpStatus.NOT_FOUND,
  [XapiErrorCode.ClientRevoked]: HttpStatus.CONFLICT,
};

export class XapiException extends codedApiException(STATUS) {}
