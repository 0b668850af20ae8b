/**
 * jsdom lacks TextEncoder/TextDecoder, which some code under test expects (the verify page's JWS check).
 * Imported first thing by test-utils.tsx; jest.config.ts may also list it in the web project's setupFiles.
 */
import { configure } from '@testing-library/dom';

declare const require: (id: 'node:util') => { TextEncoder: unknown; TextDecoder: unknown };

const g = globalThis as Record<string, unknown>;
if (!g.TextEncoder || !g.TextDecoder) {
  const util = require('node:util');
  g.TextEncoder ??= util.TextEncoder;
  g.TextDecoder ??= util.TextDecoder;
}

// Screens load their route's code and words as separate chunks; on two busy CI cores running the
// integration suites beside these, that can take longer than Testing Library's default 1 s wait.
// (Testing Library's DOM core: loading the React package this early would skip its cleanup after each test.)
configure({ asyncUtilTimeout: 5_000 });
