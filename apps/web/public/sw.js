/* Lane service worker: hand-written, no build step. Kept deliberately small.
 *
 * - install:    precache the app shell (index.html and the manifest/icon).
 * - navigation: network first, so a deploy is picked up at once; offline, the cached index.html.
 * - /assets/*:  Vite's content-hashed files never change, so cache first.
 * - /api/*:     never touched, never cached (personal data and tokens stay out of Cache Storage).
 *
 * Bump VERSION to drop every old cache on the next activation.
 */
const VERSION = 'v1';
const SHELL_CACHE = `lane-shell-${VERSION}`;
const ASSET_CACHE = `lane-assets-${VERSION}`;
const SHELL_URL = '/index.html';
const SHELL_FILES = [SHELL_URL, '/manifest.webmanifest', '/icons/icon.svg'];
const MAX_ASSETS = 60;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(SHELL_FILES.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('lane-') && key !== SHELL_CACHE && key !== ASSET_CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The API (and anything else outside the app) goes straight to the network, uncached.
  if (url.pathname.startsWith('/api/') || url.pathname === '/api') return;
  if (url.pathname.startsWith('/xapi') || url.pathname.startsWith('/.well-known/') || url.pathname === '/metrics') return;

  if (request.mode === 'navigate') {
    event.respondWith(navigationNetworkFirst(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(assetCacheFirst(request));
  } else if (SHELL_FILES.includes(url.pathname)) {
    event.respondWith(fetch(request).catch(() => caches.match(url.pathname)));
  }
});

async function navigationNetworkFirst(request) {
  try {
    const response = await fetch(request);
    // Every client route answers with index.html: keep the freshest copy for offline use.
    if (response.ok && (response.headers.get('content-type') || '').includes('text/html')) {
      const cache = await caches.open(SHELL_CACHE);
      await cache.put(SHELL_URL, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(SHELL_URL);
    if (cached) return cached;
    throw error;
  }
}

async function assetCacheFirst(request) {
  const cache = await caches.open(ASSET_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    await trim(cache);
  }
  return response;
}

/** Old hashed files pile up over deploys: keep only the most recently added MAX_ASSETS. */
async function trim(cache) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_ASSETS))) await cache.delete(key);
}
