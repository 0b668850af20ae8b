import { useSyncExternalStore } from 'react';

/** The learner's choice on this device: "on" or "off"; absent until they first choose. */
export const DATA_SAVER_STORAGE_KEY = 'lane.dataSaver';

const listeners = new Set<() => void>();
// A choice the browser refused to store: it lasts for this visit, so the switch still switches.
let unsaved: boolean | undefined;

/**
 * Data saver: lessons load no image, audio or video until it is tapped. Until the learner
 * chooses, it follows the browser's own "save data" wish (Android's Data Saver, Chrome's Lite mode).
 */
export function isDataSaverOn(): boolean {
  try {
    const stored = localStorage.getItem(DATA_SAVER_STORAGE_KEY);
    if (stored) return stored === 'on';
  } catch {
    // storage unavailable: this visit's choice, or the browser's wish
  }
  return unsaved ?? (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

export function setDataSaver(on: boolean): void {
  try {
    localStorage.setItem(DATA_SAVER_STORAGE_KEY, on ? 'on' : 'off');
    unsaved = undefined;
  } catch {
    unsaved = on;
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the app changed it.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export function useDataSaver(): boolean {
  return useSyncExternalStore(subscribe, isDataSaverOn);
}
