import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import { noHardCodedStrings } from './tools/eslint/no-hard-coded-strings.cjs';

/**
 * Lint is part of `npm test`. Module boundaries keep the arrows pointing one way:
 * contracts ← server-core ← server features ← apps, and the web app sees only contracts.
 * Tests (and the testing library) may reach anything they exercise, so the boundary rule covers
 * production code only; otherwise every feature's tests would form a cycle with the fakes.
 */
export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'tmp/**', 'test-output/**', '**/*.js', '**/*.mjs', '**/*.cjs', '.nx/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off',
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='forwardRef']", message: 'Break module cycles by extracting the shared piece, not with forwardRef.' },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:server-core', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:server-feature', onlyDependOnLibsWithTags: ['type:server-feature', 'type:server-core', 'type:contracts'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:server-feature', 'type:server-core', 'type:contracts'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['*'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.int-spec.ts', '**/*.drill-spec.ts', '**/*.e2e-spec.ts', 'libs/server/testing/**', '**/testing/**', 'jest.config.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Every word on a screen comes from the catalogues (locales/{lo,en}); tests and fakes may say what they like.
    files: ['apps/web/src/**/*.tsx'],
    ignores: ['apps/web/src/**/*.spec.tsx', 'apps/web/src/**/testing/**'],
    plugins: { lane: { rules: { 'no-hard-coded-strings': noHardCodedStrings } } },
    rules: { 'lane/no-hard-coded-strings': 'error' },
  },
);
