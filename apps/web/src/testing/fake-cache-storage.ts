/**
 * Cache Storage and Response for jsdom, which has neither: an in-memory `caches` keyed by URL
 * (relative and absolute URLs of this page are the same entry, as in a browser), and a Response
 * with what the app uses (text, json, clone, ok, status, headers). `failPut` makes the next puts
 * throw, e.g. a QuotaExceededError.
 */
const BASE = 'http://localhost';
const keyOf = (request: RequestInfo | URL) => new URL(typeof request === 'string' || request instanceof URL ? String(request) : request.url, BASE).href;

export class FakeResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly statusText = '';
  readonly headers: Headers | Map<string, string>;
  constructor(
    private readonly body: string | null = '',
    init: { status?: number; headers?: Record<string, string> } = {},
  ) {
    this.status = init.status ?? 200;
    this.ok = this.status >= 200 && this.status < 300;
    this.headers = new Map(Object.entries(init.headers ?? {}));
  }
  async text(): Promise<string> {
    return this.body ?? '';
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.body ?? '');
  }
  clone(): FakeResponse {
    return new FakeResponse(this.body, { status: this.status });
  }
}

export class FakeCache {
  readonly entries = new Map<string, FakeResponse>();
  failPut: (() => Error) | null = null;

  async match(request: RequestInfo | URL): Promise<FakeResponse | undefined> {
    return this.entries.get(keyOf(request))?.clone();
  }
  async put(request: RequestInfo | URL, response: Pick<FakeResponse, 'text' | 'status'>): Promise<void> {
    if (this.failPut) throw this.failPut();
    // What a test's fetch answered (test-utils' mockFetch) is read once, as a browser would store it.
    this.entries.set(keyOf(request), response instanceof FakeResponse ? response : new FakeResponse(await response.text(), { status: response.status }));
  }
  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.entries.delete(keyOf(request));
  }
  async keys(): Promise<{ url: string }[]> {
    return [...this.entries.keys()].map((url) => ({ url }));
  }
  /** The stored URLs, relative to the page, sorted: for assertions. */
  paths(): string[] {
    return [...this.entries.keys()].map((url) => url.slice(BASE.length)).sort();
  }
}

export class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>();
  async open(name: string): Promise<FakeCache> {
    if (!this.caches.has(name)) this.caches.set(name, new FakeCache());
    return this.caches.get(name)!;
  }
  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }
  async has(name: string): Promise<boolean> {
    return this.caches.has(name);
  }
  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }
}

/** Installs a fresh fake `caches` (and `Response`) on the window; returns it and a way to remove it. */
export function installFakeCaches(): { storage: FakeCacheStorage; uninstall: () => void } {
  const g = globalThis as Record<string, unknown>;
  const before = { caches: g.caches, Response: g.Response };
  const storage = new FakeCacheStorage();
  g.caches = storage;
  g.Response ??= FakeResponse;
  return {
    storage,
    uninstall: () => {
      g.caches = before.caches;
      g.Response = before.Response;
    },
  };
}
