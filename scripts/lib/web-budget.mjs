// The learner app's JavaScript budget (issue 8): what a phone downloads before a learner route
// shows, gzipped, at most 100 KiB. Read from Vite's manifest of the built app: the entry chunk
// with everything it imports statically, plus the route's own lazy chunk and its static imports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 100 * 1024;

/**
 * The learner routes, by the source files of what they load on demand: the route's lazy chunk and
 * the Lao words of its area (Lao is the default, and its words are the larger). The home screen
 * and its words ship in the entry. The words are named by hand: the router asks for them, not the
 * route's chunk, so the manifest cannot tell; web-budget.spec.ts holds them to app/router.tsx.
 */
export const LEARNER_ROUTES = {
  '/': [],
  '/login': ['src/app/routes/login.tsx'],
  '/courses': ['src/app/routes/catalogue.tsx', 'src/locales/lo/courses.json'],
  '/courses/:id': ['src/app/routes/course.tsx', 'src/locales/lo/courses.json'],
  '/courses/:id/lessons/:id': ['src/app/routes/lesson.tsx', 'src/locales/lo/courses.json'],
  '/courses/:id/quizzes/:id': ['src/app/routes/quiz.tsx', 'src/locales/lo/quiz.json'],
  '/courses/:id/scorm/:id': ['src/app/routes/scorm.tsx', 'src/locales/lo/courses.json'],
  '/attempts/:id': ['src/app/routes/attempt.tsx', 'src/locales/lo/quiz.json'],
  '/certificates': ['src/app/routes/certificates.tsx'],
  '/notifications': ['src/app/routes/notifications.tsx'],
  '/profile': ['src/app/routes/profile.tsx'],
  '/verify/:code': ['src/app/routes/verify.tsx', 'src/locales/en/core.json'],
};

/**
 * Lazy routes of the learner app that are not learner routes: kept out of the budget, and each
 * must be named here, so that a new route is never left out of both lists unnoticed. (The staff
 * screens of issue 9 are not among them: they are another app, apps/web/staff, built apart.)
 */
export const STAFF_ROUTES = [];

/** Source that only the staff app may use: none of it may be in the learner app's build. */
export const STAFF_SOURCES = ['src/staff/', 'src/staff-main.tsx', 'src/features/authoring/', 'src/features/grading-desk/', 'src/features/hr-desk/', 'src/features/hr-dashboard/', 'src/features/admin-desk/', 'src/locales/lo/staff', 'src/locales/en/staff'];

/** The staff sources found in the learner build (dist/web/.vite/modules.json, apps/web/build/module-list.mts): none, or the build fails. */
export function staffCodeInLearnerBuild(distWeb) {
  const modules = JSON.parse(readFileSync(join(distWeb, '.vite/modules.json'), 'utf8'));
  return modules.filter((m) => STAFF_SOURCES.some((s) => m === s || m.startsWith(s)));
}

/** Every JS file a manifest entry pulls in statically (or as `next` says), itself included. */
function closure(manifest, key, seen = new Set(), next = (k) => manifest[k]?.imports ?? []) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of next(key)) closure(manifest, dep, seen, next);
  return seen;
}

/**
 * What the service worker stores when it installs (apps/web/public/sw.js, filled in by the
 * build in apps/web/vite.config.mts), so that a learner can open any learner screen offline,
 * even one never visited: everything the entry and the learner routes load, statically or on
 * demand (both languages' words included), with its CSS, and the woff2 fonts. A lazy route that
 * is not a learner route (STAFF_ROUTES) is never entered, nor what only it loads.
 */
export function precacheFiles(manifest) {
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const learner = new Set(Object.values(LEARNER_ROUTES).flat());
  const isOtherRoute = (k) => k.startsWith('src/app/routes/') && manifest[k]?.isDynamicEntry && !learner.has(k);
  const keys = closure(manifest, entryKey, new Set(), (k) => [...(manifest[k]?.imports ?? []), ...(manifest[k]?.dynamicImports ?? [])].filter((dep) => !isOtherRoute(dep)));
  const files = new Set();
  for (const key of keys) {
    const entry = manifest[key];
    if (!entry) continue;
    files.add(entry.file);
    for (const css of entry.css ?? []) files.add(css);
    for (const asset of entry.assets ?? []) if (asset.endsWith('.woff2')) files.add(asset);
  }
  return [...files].sort().map((file) => `/${file}`);
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
  const listed = new Set([...Object.values(LEARNER_ROUTES).flat(), ...STAFF_ROUTES]);
  const unlisted = Object.keys(manifest).filter((k) => k.startsWith('src/app/routes/') && manifest[k].isDynamicEntry && !listed.has(k));
  if (unlisted.length) throw new Error(`lazy routes in neither LEARNER_ROUTES nor STAFF_ROUTES of scripts/lib/web-budget.mjs: ${unlisted.join(', ')}`);
  return Object.entries(LEARNER_ROUTES).map(([route, sources]) => {
    const files = new Set(entry);
    for (const source of sources) {
      if (!manifest[source]) throw new Error(`${source} is not a chunk of the build: is it still loaded on demand?`);
      for (const key of closure(manifest, source)) files.add(key);
    }
    const bytes = [...files].filter((k) => manifest[k].file.endsWith('.js')).reduce((sum, k) => sum + size(k), 0);
    return { route, bytes, ok: bytes <= BUDGET_BYTES };
  });
}
