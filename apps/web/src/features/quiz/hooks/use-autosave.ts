import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { AnswerSync, type SyncSnapshot } from '../lib/answer-sync';

export interface Autosave extends SyncSnapshot {
  record: AnswerSync['record'];
  flushAll: AnswerSync['flushAll'];
}

/**
 * Autosave for the attempt being taken (see AnswerSync). `onClosed` runs when the server says the
 * attempt is closed (409): submitted elsewhere, or its time ran out.
 */
export function useAutosave(attemptId: string, expiresAt: string | null, onClosed: () => void): Autosave {
  const onClosedRef = useRef(onClosed);
  useEffect(() => {
    onClosedRef.current = onClosed;
  });
  const [sync] = useState(() => new AnswerSync({ attemptId, expiresAt, onClosed: () => onClosedRef.current() }));
  useEffect(() => {
    sync.start();
    return () => sync.stop();
  }, [sync]);
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot, sync.getSnapshot);
  return { ...snapshot, record: sync.record, flushAll: sync.flushAll };
}
