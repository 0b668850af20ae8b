// The learner app's JavaScript budget (issue 8): what a phone downloads before a learner route
// shows, gzipped, at most 100 KiB. Read from Vite's manifest of the built app: the entry chunk
// with everything it imports statically, plus the route's own lazy chunk and its static imports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 100 * 1024;

/** The learner routes, by the source file of their lazy chunk (the home screen ships in the entry). */
export const LEARNER_ROUTES = {
  '/': null,
  '/courses': 'src/app/routes/catalogue.tsx',
  '/courses/:id': 'src/app/routes/course.tsx',
  '/courses/:id/lessons/:id': 'src/app/routes/lesson.tsx',
  '/courses/:id/quizzes/:id': 'src/app/routes/quiz.tsx',
  '/attempts/:id': 'src/app/routes/attempt.tsx',
  '/certificates': 'src/app/routes/certificates.tsx',
  '/notifications': 'src/app/routes/notifications.tsx',
  '/profile': 'src/app/routes/profile.tsx',
  '/verify/:code': 'src/app/routes/verify.tsx',
};

/** Every JS file a manifest entry pulls in statically, itself included. */
function closure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(manifest, dep, seen);
  return seen;
}

/** Gzipped bytes of each learner route's initial JavaScript, from dist/web. */
export function measureWebBudget(distWeb) {
  const manifest = JSON.parse(readFileSync(join(distWeb, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const gz = new Map();
  const size = (key) => {
    const file = manifest[key].file;
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(distWeb, file)), { level: 9 }).length);
    return gz.get(file);
  };
  const entry = closure(manifest, entryKey);
  return Object.entries(LEARNER_ROUTES).map(([route, source]) => {
    const files = new Set(entry);
    if (source) {
      if (!manifest[source]) throw new Error(`${source} is not a chunk of the build: is the route still lazy?`);
      for (const key of closure(manifest, source)) files.add(key);
    }
    const bytes = [...files].filter((k) => manifest[k].file.endsWith('.js')).reduce((sum, k) => sum + size(k), 0);
    return { route, bytes, ok: bytes <= BUDGET_BYTES };
  });
}
