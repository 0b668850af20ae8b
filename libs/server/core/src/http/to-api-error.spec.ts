import { BadRequestException, ForbiddenException, HttpStatus } from '@nestjs/common';
import { ApiException } from './api-exception';
import { toApiError } from './to-api-error';

describe('toApiError', () => {
  it('keeps the status, message and details of an ApiException, and its extra body', () => {
    const error = toApiError(new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, 'bad file', [{ code: 'x' }], { errors: [{ line: 2, message: 'm' }] }));
    expect(error).toEqual({ statusCode: 422, error: 'Unprocessable Entity', message: 'bad file', details: [{ code: 'x' }], errors: [{ line: 2, message: 'm' }] });
  });

  it('maps Nest exceptions to the one shape', () => {
    expect(toApiError(new ForbiddenException('no'))).toEqual({ statusCode: 403, error: 'Forbidden', message: 'no', details: [] });
    expect(toApiError(new BadRequestException({ message: 'Invalid input', details: [{ field: 'a' }] }))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid input',
      details: [{ field: 'a' }],
    });
  });

  it('keeps client errors raised by Fastify and hides everything else behind a 500', () => {
    expect(toApiError({ statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE', message: 'Request body is too large' })).toMatchObject({
      statusCode: 413,
      error: 'Payload Too Large',
    });
    const internal = toApiError(new Error('connection string with a password in it'));
    expect(internal).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal Server Error', details: [] });
  });
});
