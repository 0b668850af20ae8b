import { useEffect, useRef } from 'react';
import { Button } from '../../../components/ui';
import { useT } from '../../../lib/i18n';

interface SubmitConfirmProps {
  total: number;
  unanswered: number;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Submit now?", with how many questions have no answer yet. Takes the focus when it opens. */
export function SubmitConfirm({ total, unanswered, busy, onConfirm, onCancel }: SubmitConfirmProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="card quiz-confirm" aria-labelledby="quiz-confirm-title">
      <h2 className="card__title" id="quiz-confirm-title" ref={heading} tabIndex={-1}>
        {t('quiz.submit.confirmTitle')}
      </h2>
      <p className={unanswered ? 'quiz-confirm__warning' : undefined}>
        {unanswered === 0
          ? t('quiz.submit.allAnswered', { total })
          : t(unanswered === 1 ? 'quiz.submit.oneUnanswered' : 'quiz.submit.unanswered', { count: unanswered, total })}
      </p>
      <p className="muted">{t('quiz.submit.final')}</p>
      <div className="quiz-actions">
        <Button onClick={onConfirm} busy={busy}>
          {busy ? t('quiz.submit.submitting') : t('quiz.submit.confirm')}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          {t('quiz.submit.cancel')}
        </Button>
      </div>
    </section>
  );
}
