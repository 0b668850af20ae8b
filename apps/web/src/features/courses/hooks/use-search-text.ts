import { useCallback, useEffect, useRef, useState } from 'react';
import { normaliseQuery } from '../lib/catalogue-params';

const same = (a: string, b: string) => (normaliseQuery(a) ?? '') === (normaliseQuery(b) ?? '');

/**
 * The search box's text. What is typed is committed (to the URL) once typing pauses for `delay`
 * ms, or at once with `flush` (the keyboard's search key). When the committed value changes from
 * outside, by back/forward or "show all", the box follows it.
 */
export function useSearchText(committed: string, onCommit: (text: string) => void, delay = 400) {
  const [text, setText] = useState(committed);
  const [seen, setSeen] = useState(committed);
  const ownCommit = useRef<string | null>(null);
  const commit = useRef(onCommit);
  useEffect(() => {
    commit.current = onCommit;
  });

  if (committed !== seen) {
    setSeen(committed);
    // Our own commit coming back must not overwrite what was typed since.
    if (committed !== ownCommit.current && !same(text, committed)) setText(committed);
  }

  const send = useCallback((value: string) => {
    ownCommit.current = normaliseQuery(value) ?? '';
    commit.current(value);
  }, []);

  useEffect(() => {
    if (same(text, committed)) return;
    const timer = window.setTimeout(() => send(text), delay);
    return () => window.clearTimeout(timer);
  }, [text, committed, delay, send]);

  const flush = useCallback(() => {
    if (!same(text, committed)) send(text);
  }, [text, committed, send]);

  return { text, setText, flush };
}
