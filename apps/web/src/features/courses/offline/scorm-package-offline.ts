import type { ScormLaunch, ScormOfflineMessage } from '@lms/contracts';
import { api, API_BASE } from '../../../lib/api-client';
import { offlineIndexKey } from '../../../lib/offline/offline-cache';

/** Long enough for a large package on a slow line; the page says how it went long before, as a rule. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
/** A removal that has not answered by then (no network, a spent link) is left to the next download. */
const REMOVE_TIMEOUT_MS = 30_000;

/**
 * Stores a SCORM package on the device, or removes it (`mode`). The package lives on the content
 * origin, whose storage this page cannot touch: its offline page (ScormLaunch.offlineUrl),
 * framed unseen, has the content origin's worker do it and answers by postMessage. Resolves with
 * whether it worked; only that frame's message, from the content origin, counts. This module is
 * loaded only for a course that has packages, to keep the course and lesson pages small.
 */
export function storeScormPackage(launch: Pick<ScormLaunch, 'offlineUrl' | 'contentOrigin'>, mode: ScormOfflineMessage['mode'], timeoutMs = DOWNLOAD_TIMEOUT_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    const done = (ok: boolean) => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(ok);
    };
    const onMessage = (event: MessageEvent) => {
      const data = event.data as Partial<ScormOfflineMessage> | null;
      if (event.source !== frame.contentWindow || event.origin !== launch.contentOrigin) return;
      if (data?.source === 'lane-scorm' && data.type === 'offline' && data.mode === mode) done(data.ok === true);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    window.addEventListener('message', onMessage);
    frame.hidden = true;
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    frame.referrerPolicy = 'no-referrer';
    frame.src = launch.offlineUrl + (mode === 'remove' ? '#remove' : '');
    document.body.appendChild(frame);
  });
}

/** Stores each package in turn, telling `tick` after each; resolves false at the first that fails. */
export async function storeScormPackages(launches: ScormLaunch[], tick: () => void): Promise<boolean> {
  for (const launch of launches) {
    if (!(await storeScormPackage(launch, 'download'))) return false;
    tick();
  }
  return true;
}

/** Whether a user other than `userId` has `url` in a course downloaded on this device. */
function heldByAnotherUser(userId: string, url: string): boolean {
  const own = offlineIndexKey(userId);
  const prefix = offlineIndexKey('');
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(prefix) && key !== own && localStorage.getItem(key)?.includes(JSON.stringify(url))) return true;
  }
  return false;
}

/**
 * Removes the packages of a course copy the user removed, in the background, with a fresh launch
 * (the offline page needs the network anyway), but not one another user of this phone downloaded.
 */
export async function removeScormPackages(userId: string, itemIds: string[]): Promise<void> {
  for (const itemId of itemIds) {
    const path = `/scorm-items/${encodeURIComponent(itemId)}`;
    if (heldByAnotherUser(userId, API_BASE + path)) continue;
    const launch = await api.get<ScormLaunch>(path).catch(() => null);
    if (launch) await storeScormPackage(launch, 'remove', REMOVE_TIMEOUT_MS);
  }
}
