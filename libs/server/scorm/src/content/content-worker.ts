/* eslint-disable no-var -- this runs in the browser as written, on the content origin */
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: { waitUntil(p: Promise<unknown>): void }) => void): void;
  addEventListener(type: 'fetch', listener: (event: { request: Request; respondWith(r: Promise<Response>): void }) => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown; ports: readonly MessagePort[] }) => void): void;
}

/**
 * The content origin's service worker (served as /_lane/sw.js, scope /), so that a package the
 * learner downloaded plays with no network, as downloaded lessons read. The offline page
 * (offline-page.ts) asks it to download a package: every file and the launcher page go into a
 * cache of their own, `lane-scorm-<packageId>`, keyed by path without the signed token, which
 * expires; the runtime's scripts go into `lane-scorm-runtime`. Then:
 * - /p/<id>/<token>/<file> of a downloaded package: from the cache (packages never change).
 * - /launch/<id>/<token>/ and the runtime's scripts: network first, kept fresh in the cache of a
 *   downloaded package; with no network, the cached copy.
 * - anything else, and any package never downloaded: the network, untouched.
 * Sent as this function's source text, so it uses nothing swc would need a helper for.
 */
function contentWorker(): void {
  var scope = self as unknown as WorkerScope;
  var FILE = /^\/p\/([0-9a-f-]{36})\/[^/]+\/(.+)$/;
  var LAUNCH = /^\/launch\/([0-9a-f-]{36})\/[^/]+\/$/;
  var RUNTIME_FILES = ['/_lane/scorm12.js', '/_lane/launcher.js'];
  var RUNTIME = 'lane-scorm-runtime';
  var PREFIX = 'lane-scorm-';
  var packageCache = function (id: string): string {
    return PREFIX + id;
  };

  var cacheFirst = async function (name: string, key: string, request: Request): Promise<Response> {
    if (await caches.has(name)) {
      var held = await (await caches.open(name)).match(key);
      if (held) return held;
    }
    return fetch(request);
  };
  var networkFirst = async function (name: string, key: string, request: Request, keep: boolean): Promise<Response> {
    try {
      var response = await fetch(request);
      if (keep && response.ok && (await caches.has(name))) await (await caches.open(name)).put(key, response.clone());
      return response;
    } catch (error) {
      var held = (await caches.has(name)) ? await (await caches.open(name)).match(key) : undefined;
      if (held) return held;
      throw error;
    }
  };

  scope.addEventListener('install', function (event) {
    event.waitUntil(scope.skipWaiting());
  });
  scope.addEventListener('activate', function (event) {
    event.waitUntil(scope.clients.claim());
  });

  scope.addEventListener('fetch', function (event) {
    var request = event.request;
    if (request.method !== 'GET') return;
    var url = new URL(request.url);
    if (url.origin !== scope.location.origin) return;
    var file = FILE.exec(url.pathname);
    var launch = LAUNCH.exec(url.pathname);
    if (file) event.respondWith(cacheFirst(packageCache(file[1]), '/p/' + file[1] + '/' + file[2], request));
    else if (launch) event.respondWith(networkFirst(packageCache(launch[1]), '/launch/' + launch[1] + '/', request, true));
    else if (RUNTIME_FILES.indexOf(url.pathname) >= 0) event.respondWith(networkFirst(RUNTIME, url.pathname, request, true));
  });

  /** Puts what `path` answers under `key`; rejects unless the server answered 200. */
  var store = async function (cache: Cache, path: string, key: string): Promise<void> {
    var response = await fetch(path, { cache: 'no-store' });
    if (!response.ok) throw new Error(path + ': ' + response.status);
    await cache.put(key, response);
  };

  var download = async function (id: string, token: string, files: string[]): Promise<void> {
    // Written under another name first: a download that stops halfway is never taken for a copy.
    var partial = PREFIX + 'partial-' + id;
    await caches.delete(partial);
    var cache = await caches.open(partial);
    var runtime = await caches.open(RUNTIME);
    await store(cache, '/launch/' + id + '/' + token + '/', '/launch/' + id + '/');
    for (var script of RUNTIME_FILES) await store(runtime, script, script);
    var next = 0;
    var worker = async function (): Promise<void> {
      while (next < files.length) {
        var path = files[next++];
        await store(cache, '/p/' + id + '/' + token + '/' + path, '/p/' + id + '/' + path);
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    var done = await caches.open(packageCache(id));
    for (var request of await cache.keys()) await done.put(request, (await cache.match(request))!);
    await caches.delete(partial);
  };

  var remove = async function (id: string): Promise<void> {
    await caches.delete(packageCache(id));
    var left = (await caches.keys()).filter(function (name) {
      return name.indexOf(PREFIX) === 0 && name !== RUNTIME;
    });
    if (!left.length) await caches.delete(RUNTIME);
  };

  scope.addEventListener('message', function (event) {
    var data = event.data as { type?: unknown; id?: unknown; token?: unknown; files?: unknown } | null;
    var port = event.ports[0];
    if (!port || !data || typeof data.id !== 'string' || !/^[0-9a-f-]{36}$/.test(data.id)) return;
    var work =
      data.type === 'download' && typeof data.token === 'string' && Array.isArray(data.files)
        ? download(data.id, data.token, data.files.map(String))
        : data.type === 'remove'
          ? remove(data.id)
          : Promise.reject(new Error('unknown request'));
    work.then(
      function () {
        port.postMessage({ ok: true });
      },
      function () {
        port.postMessage({ ok: false });
      },
    );
  });
}

export const CONTENT_WORKER_JS = `(${contentWorker.toString()})();\n`;
