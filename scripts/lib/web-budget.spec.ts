import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEARNER_ROUTES, STAFF_ROUTES } from './web-budget.mjs';

const WEB = join(__dirname, '../../apps/web');
const read = (path: string) => readFileSync(join(WEB, path), 'utf8');

/**
 * The manifest cannot tell which words a route loads (the router asks for them, not the route's
 * chunk), so LEARNER_ROUTES names them by hand. Here they are read back from app/router.tsx:
 * each lazyRoute(() => import('./routes/x'), 'X', [[area, locale?]]) loads its chunk and, for each
 * area, its words in Lao unless a language is named, except the Lao words the entry already holds
 * (those locales/index.ts imports statically).
 */
function lazyRoutesOfRouter(): Record<string, string[]> {
  const router = read('src/app/router.tsx');
  const inEntry = new Set([...read('src/locales/index.ts').matchAll(/^import lo\w+ from '\.\/lo\/(\w+)\.json';$/gm)].map(([, area]) => `src/locales/lo/${area}.json`));
  const calls = [...router.matchAll(/=\s*lazyRoute\(\s*\(\)\s*=>\s*import\('\.\/routes\/([\w-]+)'\),\s*'\w+',\s*(\[[\s\S]*?\])\s*\);/g)];
  // A call the pattern missed would go unchecked: every lazyRoute of the router must be read.
  expect(calls.length).toBe(router.match(/=\s*lazyRoute\(/g)?.length);
  return Object.fromEntries(
    calls.map(([, route, areas]) => {
      const words = [...areas.matchAll(/\[\s*'(\w+)'\s*(?:,\s*'(\w+)'\s*)?\]/g)].map(([, area, locale]) => `src/locales/${locale ?? 'lo'}/${area}.json`);
      return [`src/app/routes/${route}.tsx`, words.filter((file) => !inEntry.has(file)).sort()];
    }),
  );
}

describe('the learner routes of the JS budget', () => {
  it("name every lazy route's chunk and words as app/router.tsx loads them", () => {
    const router = lazyRoutesOfRouter();
    expect(Object.keys(router).length).toBeGreaterThan(0);
    const learner = Object.fromEntries(Object.keys(router).filter((chunk) => !(STAFF_ROUTES as string[]).includes(chunk)).map((chunk) => [chunk, router[chunk]]));
    const listed = Object.fromEntries(
      Object.values(LEARNER_ROUTES)
        .filter((sources) => sources.length)
        .map(([chunk, ...words]) => [chunk, words.sort()]),
    );
    expect(listed).toEqual(learner);
  });
});
