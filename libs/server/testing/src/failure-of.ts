import { HttpException } from '@nestjs/common';

/** The HTTP status and feature error code a service call fails with; throws if it succeeds. */
export async function failureOf<C extends string>(call: Promise<unknown>): Promise<{ status: number; code: C }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof HttpException && 'code' in error) return { status: error.getStatus(), code: error.code as C };
    throw error;
  }
  throw new Error('expected the call to fail');
}
