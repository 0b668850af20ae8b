/* Lane service worker: hand-written; the build fills in VERSION and PRECACHE (apps/web/build/sw-precache.mts).
 *
 * - install:    precache the app shell and every JS, CSS and font file a learner screen may load
 *               (scripts/lib/web-budget.mjs, precacheFiles), so any learner screen opens offline,
 *               even one never visited. Hashed files an older version already holds are copied
 *               from its cache, not downloaded again.
 * - activate:   drop the caches of older versions (never a user's offline copy, lane-offline-*).
 * - navigation: network first, so a deploy is picked up at once; offline, the cached index.html.
 * - /assets/*:  Vite's content-hashed files never change, so cache first.
 * - /api/v1/attachments/*: network first; offline, the file from the user's downloaded courses
 *               (lane-offline-<user>, written by the page), so a lesson's <img src> still shows.
 *               The URLs are signed and change daily; the same file and width is as good.
 * - any other /api/*: never touched (the API client answers from the offline copy itself).
 *
 * A new build changes VERSION (a hash of this file and the precache list), so a deploy installs
 * a new worker and replaces the old caches.
 */
const VERSION = 'dev';
const PRECACHE = [];
const SHELL_CACHE = `lane-shell-${VERSION}`;
const ASSET_CACHE = `lane-assets-${VERSION}`;
const OFFLINE_PREFIX = 'lane-offline-';
const SHELL_URL = '/index.html';
const SHELL_FILES = [SHELL_URL, '/manifest.webmanifest', '/icons/icon.svg'];
const ATTACHMENT = /^\/api\/v1\/attachments\/([0-9a-f-]{36})$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all([
      caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL_FILES.map((url) => new Request(url, { cache: 'reload' })))),
      caches.open(ASSET_CACHE).then((cache) => Promise.all(PRECACHE.map((url) => precache(cache, url)))),
    ]).then(() => self.skipWaiting()),
  );
});

async function precache(cache, url) {
  const held = await caches.match(url);
  if (held) return cache.put(url, held);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`precache ${url}: ${response.status}`);
  return cache.put(url, response);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith('lane-') && !key.startsWith(OFFLINE_PREFIX) && key !== SHELL_CACHE && key !== ASSET_CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (ATTACHMENT.test(url.pathname)) {
    event.respondWith(networkFirst(request, () => offlineAttachment(url)));
    return;
  }
  // The rest of the API (and anything else outside the app) goes straight to the network, uncached.
  if (url.pathname.startsWith('/api/') || url.pathname === '/api') return;
  if (url.pathname.startsWith('/xapi') || url.pathname.startsWith('/.well-known/') || url.pathname === '/metrics') return;
  // The staff app (another page, built apart) works online only: not served, nor cached, from here.
  if (url.pathname === '/staff' || url.pathname.startsWith('/staff/') || url.pathname.startsWith('/staff-assets/')) return;

  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, () => caches.match(SHELL_URL), keepShell));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(assetCacheFirst(request));
  } else if (SHELL_FILES.includes(url.pathname)) {
    event.respondWith(networkFirst(request, () => caches.match(url.pathname)));
  }
});

/** The network's answer (passed to `keep` first, if given); without a network, what `offline` finds, else the network's error. */
async function networkFirst(request, offline, keep) {
  try {
    const response = await fetch(request);
    if (keep) await keep(response);
    return response;
  } catch (error) {
    const copy = await offline();
    if (copy) return copy;
    throw error;
  }
}

/** Every client route answers with index.html: keep the freshest copy for offline use. */
async function keepShell(response) {
  if (response.ok && (response.headers.get('content-type') || '').includes('text/html')) {
    const cache = await caches.open(SHELL_CACHE);
    await cache.put(SHELL_URL, response.clone());
  }
}

async function assetCacheFirst(request) {
  const cache = await caches.open(ASSET_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/**
 * The attachment from a downloaded course: the same signed URL, else the same file and width
 * under another day's signature, else (for the file itself) any width of it that was stored.
 */
async function offlineAttachment(url) {
  const id = ATTACHMENT.exec(url.pathname)[1];
  const width = url.searchParams.get('width');
  let anyWidth;
  for (const name of (await caches.keys()).filter((key) => key.startsWith(OFFLINE_PREFIX))) {
    const cache = await caches.open(name);
    const exact = await cache.match(url.href);
    if (exact) return exact;
    for (const key of await cache.keys()) {
      const stored = new URL(key.url);
      if (ATTACHMENT.exec(stored.pathname)?.[1] !== id) continue;
      if (stored.searchParams.get('width') === width) return cache.match(key);
      if (width === null) anyWidth ??= key;
    }
    if (anyWidth) return cache.match(anyWidth);
  }
  return undefined;
}
