import { useEffect, useRef, useState } from 'react';

/** Seconds left before `expiresAt`, by the server's clock (device time plus `clockOffsetMs`), every second. */
export function useCountdown(expiresAt: string | null, clockOffsetMs: number, onExpire: () => void): number | null {
  const deadline = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  const left = () => (Number.isNaN(deadline) ? null : Math.max(0, (deadline - (Date.now() + clockOffsetMs)) / 1000));
  const [secondsLeft, setSecondsLeft] = useState(left);
  const onExpireRef = useRef(onExpire);
  useEffect(() => {
    onExpireRef.current = onExpire;
  });
  const expired = useRef(false);

  useEffect(() => {
    if (Number.isNaN(deadline)) return;
    const tick = () => {
      const now = Math.max(0, (deadline - (Date.now() + clockOffsetMs)) / 1000);
      setSecondsLeft(now);
      if (now <= 0 && !expired.current) {
        expired.current = true;
        onExpireRef.current();
      }
    };
    tick();
    const timer = setInterval(tick, 1_000);
    return () => clearInterval(timer);
  }, [deadline, clockOffsetMs]);

  return secondsLeft;
}
