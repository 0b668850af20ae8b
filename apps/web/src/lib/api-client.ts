import type { ApiError as ApiErrorBody, TokenPair } from '@lms/contracts';
import { clearSession, getSession, setTokens } from './session';
import { readOfflineCopy, refreshOfflineCopy } from './offline/offline-cache';

export const API_BASE = '/api/v1';

/** An answer outside 2xx, carrying the contract's error shape. statusCode 0 means no answer at all. */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly error: string;
  readonly details: unknown[];
  /** The whole answer, for the errors that say more (an import's `errors` by line). */
  readonly body: unknown;

  constructor(statusCode: number, message: string, error = '', details: unknown[] = [], body?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.statusCode = statusCode;
    this.error = error;
    this.details = details;
    this.body = body;
  }

  get isNetworkError(): boolean {
    return this.statusCode === 0;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON, or FormData (a file upload), sent as it is. */
  body?: unknown;
  /** Send the bearer token and refresh it once on 401. False for login and refresh themselves. */
  auth?: boolean;
  signal?: AbortSignal;
  /** What to ask for: JSON unless said (a file download asks for anything). */
  accept?: string;
}

async function parseBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function toApiError(status: number, body: unknown, statusText: string): ApiError {
  if (body && typeof body === 'object') {
    const b = body as Partial<ApiErrorBody> & { message?: unknown };
    const message = Array.isArray(b.message) ? b.message.join('; ') : typeof b.message === 'string' ? b.message : statusText;
    return new ApiError(typeof b.statusCode === 'number' ? b.statusCode : status, message, b.error ?? statusText, Array.isArray(b.details) ? b.details : [], body);
  }
  return new ApiError(status, typeof body === 'string' && body ? body : statusText, statusText);
}

async function send(path: string, options: RequestOptions, accessToken: string | undefined): Promise<Response> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  const form = options.body instanceof FormData;
  if (options.body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  try {
    return await fetch(`${API_BASE}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : form ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, cause instanceof Error ? cause.message : 'Network error', 'Network Error');
  }
}

let refreshing: Promise<boolean> | null = null;

/**
 * Trades the refresh token for a new pair. Refresh tokens rotate and reusing a spent one revokes
 * the whole family, so concurrent 401s share one refresh call.
 */
function refreshTokens(): Promise<boolean> {
  refreshing ??= (async () => {
    const session = getSession();
    if (!session) return false;
    try {
      const response = await send('/auth/refresh', { method: 'POST', body: { refreshToken: session.refreshToken } }, undefined);
      if (!response.ok) return false;
      const pair = (await parseBody(response)) as TokenPair | undefined;
      if (!pair?.accessToken || !pair.refreshToken) return false;
      setTokens(pair);
      return true;
    } catch {
      return false;
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** Sends with the session's token and, on a 401, refreshes the tokens once (shared with every request waiting) and tries again. */
async function sendAuthorized(path: string, options: RequestOptions): Promise<Response> {
  const auth = options.auth ?? true;
  const usedToken = auth ? getSession()?.accessToken : undefined;
  let response = await send(path, options, usedToken);

  if (response.status === 401 && auth && usedToken) {
    // Another tab or request may already have rotated the tokens: then just retry with the new one.
    const current = getSession();
    const ok = current && current.accessToken !== usedToken ? true : await refreshTokens();
    const retryToken = ok ? getSession()?.accessToken : undefined;
    if (retryToken) {
      response = await send(path, options, retryToken);
      if (response.status === 401) clearSession('expired');
    } else {
      clearSession('expired');
    }
  }
  return response;
}

/**
 * Calls the API under /api/v1 with JSON in and out. Resolves with the parsed body (undefined for 204).
 * A GET that finds no network answers from the course copy downloaded for offline reading, if the
 * URL is in it; one that succeeds refreshes that copy (lib/offline/offline-cache.ts), after a
 * synchronous look-up that rules out, without Cache Storage, a URL never downloaded.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const get = (options.method ?? 'GET') === 'GET';
  let response: Response;
  try {
    response = await sendAuthorized(path, options);
  } catch (error) {
    const copy = get && error instanceof ApiError && error.isNetworkError ? await readOfflineCopy(API_BASE + path).catch(() => undefined) : undefined;
    if (copy === undefined) throw error;
    return JSON.parse(copy) as T;
  }
  const body = await parseBody(response);
  if (!response.ok) throw toApiError(response.status, body, response.statusText);
  if (get && body !== undefined) void refreshOfflineCopy(API_BASE + path, body).catch(() => undefined);
  return body as T;
}

/** A file the API answers (a certificate's PDF), as a Blob; errors as for JSON calls. */
export async function apiBlob(path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}): Promise<Blob> {
  const response = await sendAuthorized(path, { ...options, method: 'GET', accept: options.accept ?? '*/*' });
  if (!response.ok) throw toApiError(response.status, await parseBody(response), response.statusText);
  return response.blob();
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) => apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) => apiRequest<T>(path, { ...options, method: 'POST', body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) => apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) => apiRequest<T>(path, { ...options, method: 'PUT', body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) => apiRequest<T>(path, { ...options, method: 'DELETE' }),
};
