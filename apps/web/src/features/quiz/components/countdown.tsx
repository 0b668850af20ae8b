import { useEffect, useRef, useState } from 'react';
import { LiveRegion } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { useCountdown } from '../hooks/use-countdown';
import { formatClock } from '../lib/format';

/** Minutes left at which the time is said aloud, once each. */
const THRESHOLDS = [5, 1] as const;

interface CountdownProps {
  expiresAt: string;
  clockOffsetMs: number;
  onExpire: () => void;
}

/**
 * The time left, always visible (role="timer", which screen readers do not read out every
 * second); at 5 and 1 minutes left a polite live region says so once. At zero, `onExpire`.
 */
export function Countdown({ expiresAt, clockOffsetMs, onExpire }: CountdownProps) {
  const t = useT();
  const secondsLeft = useCountdown(expiresAt, clockOffsetMs, onExpire) ?? 0;
  const [announcement, setAnnouncement] = useState('');
  // Thresholds already behind when the page opened are not news.
  const said = useRef<Set<number> | null>(null);

  useEffect(() => {
    if (said.current === null) {
      said.current = new Set(THRESHOLDS.filter((minutes) => secondsLeft <= minutes * 60));
      return;
    }
    const crossed = THRESHOLDS.find((minutes) => secondsLeft <= minutes * 60 && !said.current!.has(minutes));
    if (crossed === undefined) return;
    for (const minutes of THRESHOLDS) if (minutes >= crossed) said.current.add(minutes);
    setAnnouncement(secondsLeft <= 0 ? '' : t(crossed === 1 ? 'quiz.timer.oneMinute' : 'quiz.timer.minutesLeft', { minutes: crossed }));
  }, [secondsLeft, t]);

  const urgent = secondsLeft <= 60 ? 'quiz-timer--urgent' : secondsLeft <= 300 ? 'quiz-timer--low' : '';
  return (
    <div className={['quiz-timer', urgent].filter(Boolean).join(' ')}>
      <div role="timer" className="quiz-timer__clock">
        <span className="quiz-timer__label">{t('quiz.timer.label')}</span> <span className="quiz-timer__value">{formatClock(secondsLeft)}</span>
      </div>
      <LiveRegion>{announcement}</LiveRegion>
    </div>
  );
}
