import { HttpException } from '@nestjs/common';

/**
 * An HTTP error with the contract's details array, for the cases Nest's own exceptions do not
 * describe well: validation errors by field, errors by line of an uploaded file.
 */
export class ApiException extends HttpException {
  constructor(statusCode: number, message: string, readonly details: unknown[] = [], readonly extraBody: Record<string, unknown> = {}) {
    super(message, statusCode);
  }
}

/**
 * The base class of one feature's errors: each carries a stable code, sent as details[0].code,
 * and answers with the HTTP status its code maps to.
 *
 *     export class ReportsException extends codedApiException(STATUS) {}
 */
export function codedApiException<C extends string>(statuses: Readonly<Record<C, number>>) {
  return class CodedApiException extends ApiException {
    constructor(
      readonly code: C,
      message: string,
      details: unknown[] = [],
      extraBody: Record<string, unknown> = {},
    ) {
      super(statuses[code], message, [{ code }, ...details], extraBody);
    }
  };
}
