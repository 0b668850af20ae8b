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
