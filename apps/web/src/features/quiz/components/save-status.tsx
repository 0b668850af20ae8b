import { useEffect, useState } from 'react';
import { useT, type MessageKey } from '../../../lib/i18n';
import type { SaveState } from '../lib/answer-sync';

const MESSAGES: Record<SaveState, MessageKey | null> = {
  idle: null,
  saving: 'quiz.save.saving',
  saved: 'quiz.save.saved',
  offline: 'quiz.save.offline',
  retrying: 'quiz.save.retrying',
  rejected: 'quiz.save.rejected',
  closed: null,
};

/** Only news is spoken: that answers wait on this device, or that they reached the server again. */
const SPOKEN = new Set<SaveState>(['offline', 'retrying', 'rejected']);

/**
 * The autosave state, calm and always in the same place. "Saving…" and "Saved" come and go with
 * every change and are only shown; being kept on the device, and getting through again, are said.
 */
export function SaveStatus({ state }: { state: SaveState }) {
  const t = useT();
  const [announcement, setAnnouncement] = useState('');
  const [wasStuck, setWasStuck] = useState(false);

  useEffect(() => {
    if (SPOKEN.has(state)) {
      setAnnouncement(t(MESSAGES[state]!));
      setWasStuck(true);
    } else if (state === 'saved' && wasStuck) {
      setAnnouncement(t('quiz.save.sent'));
      setWasStuck(false);
    }
  }, [state, t, wasStuck]);

  const message = MESSAGES[state];
  return (
    <div className="quiz-save">
      <p className={`quiz-save__text quiz-save__text--${state}`} data-testid="save-status">
        {message ? t(message) : '\u00a0'}
      </p>
      {/* Said, not shown again: the line above already shows it. */}
      <div className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
