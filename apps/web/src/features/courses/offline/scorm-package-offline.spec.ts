import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { storeScormPackage } from './scorm-package-offline';

const launch = { offlineUrl: 'http://scorm.lane.test/offline/p1/t1/', contentOrigin: 'http://scorm.lane.test' };

const frame = () => document.querySelector('iframe');
const answer = (data: unknown, options: { origin?: string; source?: MessageEventSource | null } = {}) =>
  window.dispatchEvent(new MessageEvent('message', { data, origin: options.origin ?? launch.contentOrigin, source: options.source === undefined ? frame()!.contentWindow : options.source }));
const offline = (mode: 'download' | 'remove', ok: boolean) => ({ source: 'lane-scorm', type: 'offline', mode, ok });

describe('storeScormPackage', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('opens the offline page unseen and sandboxed, and resolves with what that frame says', async () => {
    const stored = storeScormPackage(launch, 'download');
    const opened = frame()!;
    expect(opened.getAttribute('src')).toBe(launch.offlineUrl);
    expect(opened.hidden).toBe(true);
    expect(opened.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin');
    answer(offline('download', true));
    await expect(stored).resolves.toBe(true);
    expect(frame()).toBeNull();
  });

  it('asks for a removal with #remove, and heeds only the content origin\'s answer from that frame, for that mode', async () => {
    const removed = storeScormPackage(launch, 'remove');
    expect(frame()!.getAttribute('src')).toBe(`${launch.offlineUrl}#remove`);
    answer(offline('remove', true), { origin: 'http://evil.test' });
    answer(offline('remove', true), { source: window });
    answer(offline('download', true));
    answer({ source: 'other', type: 'offline', mode: 'remove', ok: true });
    expect(frame()).not.toBeNull();
    answer(offline('remove', false));
    await expect(removed).resolves.toBe(false);
  });

  it('gives up, and removes the frame, when the page never answers', async () => {
    jest.useFakeTimers();
    const stored = storeScormPackage(launch, 'download', 1000);
    jest.advanceTimersByTime(1000);
    await expect(stored).resolves.toBe(false);
    expect(frame()).toBeNull();
  });
});
