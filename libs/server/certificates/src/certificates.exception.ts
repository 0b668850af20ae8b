import { HttpStatus } from '@nestjs/common';
import { codedApiException } from '@lms/server-core';

export enum CertificatesErrorCode {
  NotFound = 'certificates.not-found',
  PdfPending = 'certificates.pdf-pending',
  AlreadyRevoked = 'certificates.already-revoked',
  VerifyThrottled = 'certificates.verify-throttled',
  HolderNotFound = 'certificates.holder-not-found',
}

const STATUS: Record<CertificatesErrorCode, HttpStatus> = {
  [CertificatesErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [CertificatesErrorCode.PdfPending]: HttpStatus.CONFLICT,
  [CertificatesErrorCode.AlreadyRevoked]: HttpStatus.CONFLICT,
  [CertificatesErrorCode.VerifyThrottled]: HttpStatus.TOO_MANY_REQUESTS,
  [CertificatesErrorCode.HolderNotFound]: HttpStatus.NOT_FOUND,
};

export class CertificatesException extends codedApiException(STATUS) {}
