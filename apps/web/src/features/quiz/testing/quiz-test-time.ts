import { afterEach, beforeEach, jest } from '@jest/globals';
import { act } from '@testing-library/react';
import { resetBrowserState, signIn } from '../../../testing/test-utils';

/** For each test of the suite: a clean browser, the demo learner signed in, and fake time from `now`. */
export function signedInOnFakeTime(now: string): void {
  beforeEach(() => {
    resetBrowserState();
    signIn();
    jest.useFakeTimers({ now: new Date(now) });
  });
  afterEach(() => {
    jest.useRealTimers();
  });
}

/** Lets `ms` of fake time pass, running timers and the promises they start. */
export async function tick(ms = 0): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}
