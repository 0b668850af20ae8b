/** The fault drills' timeout; see thirty-seconds.ts for why it is set here rather than in jest.config.ts. */
jest.setTimeout(60_000);
