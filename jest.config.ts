/** @jest-config-loader ts-node */
/** @jest-config-loader-options {"transpileOnly": true} */
import type { Config } from 'jest';
import { readFileSync } from 'node:fs';

/**
 * Three sizes of test, as STYLE.md describes: unit (*.spec.ts, fakes only), integration
 * (*.int-spec.ts, real PostgreSQL and Redis, one fresh database per file) and end to end
 * (*.e2e-spec.ts, the built system driven through Debian's Chromium).
 */
const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const swc = {
  ...swcrc,
  jsc: { ...swcrc.jsc, baseUrl: __dirname, paths: undefined },
  module: { type: 'commonjs' },
  swcrc: false,
};
const esmPackages = ['@nestjs', 'file-type', 'strtok3', 'token-types', 'peek-readable', 'uint8array-extras', '@tokenizer'];

const moduleNameMapper = {
  '^@lms/contracts$': '<rootDir>/libs/contracts/src/index.ts',
  '^@lms/server-core$': '<rootDir>/libs/server/core/src/index.ts',
  '^@lms/server-org$': '<rootDir>/libs/server/org/src/index.ts',
  '^@lms/server-identity$': '<rootDir>/libs/server/identity/src/index.ts',
  '^@lms/server-testing$': '<rootDir>/libs/server/testing/src/index.ts',
};

const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)sx?$': ['@swc/jest', swc] as [string, Record<string, unknown>] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper,
  setupFiles: ['reflect-metadata'],
};

const config: Config = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/server/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/server/testing/src/global-teardown.ts',
    },
    {
      ...base,
      displayName: 'web',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/apps/web/**/*.spec.{ts,tsx}'],
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/web-e2e/**/*.e2e-spec.ts'],
    },
  ],
};

export default config;
