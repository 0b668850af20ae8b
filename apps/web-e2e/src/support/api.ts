import { expect } from '@jest/globals';

/** The demo users' password (seed-demo). */
export const DEMO_PASSWORD = 'lane-demo-2026';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiAnswer<T> {
  status: number;
  json: T;
}

export interface Api {
  /** One request to /api/v1: a string body goes as text/plain (GIFT), FormData as multipart, anything else as JSON. */
  call<T = unknown>(method: Method, path: string, token?: string, body?: object | string | FormData): Promise<ApiAnswer<T>>;
  /** Signs a demo user in and answers their access token. */
  login(email: string): Promise<string>;
}

/** The HTTP API of a running system, for the tests to set up what the browser then shows. */
export function apiOf(baseUrl: string): Api {
  async function call<T = unknown>(method: Method, path: string, token?: string, body?: object | string | FormData): Promise<ApiAnswer<T>> {
    const form = body instanceof FormData;
    const text = typeof body === 'string';
    const contentType = body === undefined || form ? undefined : text ? 'text/plain' : 'application/json';
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(contentType ? { 'content-type': contentType } : {}) },
      body: body === undefined ? undefined : form || text ? body : JSON.stringify(body),
    });
    const answer = await response.text();
    return { status: response.status, json: (answer ? JSON.parse(answer) : undefined) as T };
  }

  async function login(email: string): Promise<string> {
    const { status, json } = await call<{ accessToken: string }>('POST', '/auth/login', undefined, { login: email, password: DEMO_PASSWORD });
    expect(status).toBe(200);
    return json.accessToken;
  }

  return { call, login };
}
