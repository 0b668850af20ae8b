/**
 * jsdom lacks TextEncoder/TextDecoder, which some code under test expects (the verify page's JWS check).
 * Imported first thing by test-utils.tsx; jest.config.ts may also list it in the web project's setupFiles.
 */
declare const require: (id: 'node:util') => { TextEncoder: unknown; TextDecoder: unknown };

const g = globalThis as Record<string, unknown>;
if (!g.TextEncoder || !g.TextDecoder) {
  const util = require('node:util');
  g.TextEncoder ??= util.TextEncoder;
  g.TextDecoder ??= util.TextDecoder;
}

export {};
