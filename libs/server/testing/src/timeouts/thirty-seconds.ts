/**
 * Jest ignores `testTimeout` inside a project's config (it reads only the top-level one), so the
 * projects that boot real services set theirs here, through `setupFilesAfterEnv`. A file boots the
 * app on a fresh database; on two busy cores a single test can take seconds.
 */
jest.setTimeout(30_000);
