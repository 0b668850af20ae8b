/** @jest-config-loader ts-node */
/** @jest-config-loader-options {"transpileOnly": true} */
import type { Config } from 'jest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * Three sizes of test, as STYLE.md describes: unit (*.spec.ts, fakes only), integration
 * (*.int-spec.ts, real PostgreSQL and Redis, one fresh database per file; *.drill-spec.ts, the
 * heavy fault drills, run alone) and end to end (*.e2e-spec.ts, the built system driven through
 * Debian's Chromium).
 */
const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const swc = {
  ...swcrc,
  jsc: { ...swcrc.jsc, baseUrl: __dirname, paths: undefined },
  module: { type: 'commonjs' },
  swcrc: false,
};
/**
 * Nest 12 and some of its dependencies ship only ES modules, which CommonJS Jest cannot load on
 * Node 20. Every installed package whose package.json says "type": "module" is compiled by swc.
 */
function esmPackages(): string[] {
  const root = `${__dirname}/node_modules`;
  const found = new Set<string>();
  const visit = (dir: string, depth: number) => {
    let entries: string[] = [];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      if (name.startsWith('@')) {
        for (const scoped of readdirSync(`${dir}/${name}`)) check(`${dir}/${name}/${scoped}`, `${name}/${scoped}`, depth);
      } else check(`${dir}/${name}`, name, depth);
    }
  };
  const check = (path: string, name: string, depth: number) => {
    try {
      if (JSON.parse(readFileSync(`${path}/package.json`, 'utf8')).type === 'module') found.add(name);
    } catch {
      // not a package
    }
    if (depth < 2 && existsSync(`${path}/node_modules`)) visit(`${path}/node_modules`, depth + 1);
  };
  visit(root, 0);
  return [...found].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

const moduleNameMapper = {
  '^@lms/contracts$': '<rootDir>/libs/contracts/src/index.ts',
  '^@lms/server-core$': '<rootDir>/libs/server/core/src/index.ts',
  '^@lms/server-org$': '<rootDir>/libs/server/org/src/index.ts',
  '^@lms/server-identity$': '<rootDir>/libs/server/identity/src/index.ts',
  '^@lms/server-courses$': '<rootDir>/libs/server/courses/src/index.ts',
  '^@lms/server-enrolments$': '<rootDir>/libs/server/enrolments/src/index.ts',
  '^@lms/server-assessments$': '<rootDir>/libs/server/assessments/src/index.ts',
  '^@lms/server-certificates$': '<rootDir>/libs/server/certificates/src/index.ts',
  '^@lms/server-reports$': '<rootDir>/libs/server/reports/src/index.ts',
  '^@lms/server-xapi$': '<rootDir>/libs/server/xapi/src/index.ts',
  '^@lms/server-scorm$': '<rootDir>/libs/server/scorm/src/index.ts',
  '^@lms/server-testing$': '<rootDir>/libs/server/testing/src/index.ts',
};

const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)sx?$': ['@swc/jest', swc] as [string, Record<string, unknown>] },
  // Ignore a file only when the package it sits in (the last node_modules segment) is CommonJS.
  transformIgnorePatterns: [`/node_modules/(?!(?:${esmPackages().join('|')})/)(?!.*/node_modules/)`],
  moduleNameMapper,
  setupFiles: ['reflect-metadata'],
};

/** The web app: JSX with React's automatic runtime (swc infers TSX from the .tsx extension). */
const swcWeb = { ...swc, jsc: { ...swc.jsc, transform: { ...swc.jsc.transform, react: { runtime: 'automatic' } } } };

const config: Config = {
  projects: [
    // The web app's own tests run in the web project (jsdom) only.
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools,scripts}/**/*.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/server/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/server/testing/src/global-teardown.ts',
      // Each file boots the real app on a fresh database; on two busy cores that can take seconds.
      setupFilesAfterEnv: ['<rootDir>/libs/server/testing/src/timeouts/thirty-seconds.ts'],
    },
    {
      // Fault drills (kill -9 of a worker process, thousands of attempts): integration tests that
      // load the whole machine, so `npm test` runs them on their own after the others.
      ...base,
      displayName: 'drills',
      testMatch: ['<rootDir>/{apps,libs}/**/*.drill-spec.ts'],
      globalSetup: '<rootDir>/libs/server/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/server/testing/src/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/libs/server/testing/src/timeouts/sixty-seconds.ts'],
    },
    {
      ...base,
      displayName: 'web',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/apps/web/**/*.spec.{ts,tsx}'],
      transform: { '^.+\\.(t|j|mj)sx?$': ['@swc/jest', swcWeb] as [string, Record<string, unknown>] },
      setupFiles: ['reflect-metadata', '<rootDir>/apps/web/src/testing/setup-tests.ts', '<rootDir>/apps/web/src/testing/all-messages.ts'],
      // Features import their own stylesheets; jsdom lays nothing out, so they are empty here.
      moduleNameMapper: { ...moduleNameMapper, '\\.css$': '<rootDir>/apps/web/src/testing/style-stub.ts' },
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/web-e2e/**/*.e2e-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/libs/server/testing/src/timeouts/thirty-seconds.ts'],
      globalSetup: '<rootDir>/libs/server/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/server/testing/src/global-teardown.ts',
    },
  ],
};

export default config;
