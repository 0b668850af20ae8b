import { useQuery } from '@tanstack/react-query';
import type { CertificateVerification } from '@lms/contracts';
import { API_BASE, ApiError } from '../../../lib/api-client';

/** An answer outside 2xx from GET /verify/:code; on 429 it says how long to wait. */
export class VerificationError extends ApiError {
  /** Seconds to wait before the next check (429 only), from Retry-After or the body. */
  readonly retryAfterSeconds: number | null;

  constructor(statusCode: number, message: string, retryAfterSeconds: number | null = null) {
    super(statusCode, message, statusCode === 0 ? 'Network Error' : '');
    this.name = 'VerificationError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

function seconds(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.ceil(n) : null;
}

/**
 * GET /verify/:code, public: no token is sent, even when someone is signed in on this device.
 * Not through api-client, which hides the Retry-After header that a 429 carries.
 */
export async function getVerification(code: string, signal?: AbortSignal): Promise<CertificateVerification> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/verify/${encodeURIComponent(code)}`, { headers: { Accept: 'application/json' }, signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new VerificationError(0, cause instanceof Error ? cause.message : 'Network error');
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (response.ok && body && typeof body === 'object') return body as CertificateVerification;
  const fields = body && typeof body === 'object' ? (body as { message?: unknown; retryAfter?: unknown }) : {};
  const message = typeof fields.message === 'string' ? fields.message : response.statusText || `HTTP ${response.status}`;
  const retryAfter = response.status === 429 ? (seconds(response.headers?.get?.('retry-after')) ?? seconds(fields.retryAfter)) : null;
  // A 2xx without a usable body is as good as no answer.
  throw new VerificationError(response.ok ? 502 : response.status, message, retryAfter);
}

export const verificationQueryKey = (code: string) => ['verify', code] as const;

export function useVerification(code: string) {
  return useQuery({
    queryKey: verificationQueryKey(code),
    queryFn: ({ signal }) => getVerification(code, signal),
    // Ask even when the browser says it is offline: the answer (a network error) is shown at
    // once beside the offline check, instead of a query paused until the connection returns.
    networkMode: 'always',
  });
}
