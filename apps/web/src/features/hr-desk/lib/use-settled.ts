import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `ms`: a count asked of the server per pause in typing, not per key. */
export function useSettled<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
    // The key stands for the value: a new object with the same content is not a change.
  }, [key, ms]);
  return settled;
}
