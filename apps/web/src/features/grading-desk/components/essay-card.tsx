import { useId, useState, type FormEvent } from 'react';
import type { PendingGrading } from '@lms/contracts';
import { Button, TextArea, TextField } from '../../../components/ui';
import { formatDateTime } from '../../../lib/dates';
import { useLocale, useT, type MessageKey } from '../../../lib/i18n';
import { formatDecimal, formatNumber } from '../../../lib/numbers';
import { ApiError } from '../../../lib/api-client';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useGradeEssay } from '../api/pending-essays';
import { AttemptDetails } from './attempt-details';
import { readScore } from '../lib/read-score';

const COMMENT_LIMIT = 5000;

/** Why a card left the queue: graded here, or graded or withdrawn elsewhere (told on the screen, as the card goes). */
export interface EssayOutcome {
  tone: 'success' | 'warning';
  message: string;
}

/** A refusal meaning the essay no longer waits for this instructor: graded by someone else (409), or out of their reach (404). */
const GONE: Partial<Record<number, MessageKey>> = { 404: 'staff.grading.gone', 409: 'staff.grading.alreadyGraded' };
const goneMessage = (error: unknown): MessageKey | undefined => (error instanceof ApiError ? GONE[error.statusCode] : undefined);

/**
 * One essay to grade: the question, the marking guide, the learner's answer as they wrote it, and
 * a score with an optional comment. Checked here before sending; what was typed stays if the
 * server refuses it.
 */
export function EssayCard({ essay, onDone }: { essay: PendingGrading; onDone: (outcome: EssayOutcome) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const grade = useGradeEssay();
  const headingId = useId();
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<{ score?: string; comment?: string }>({});
  const max = formatDecimal(essay.maxScore, locale);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reading = readScore(score, essay.maxScore);
    const found = {
      score: reading.ok ? undefined : reading.problem === 'required' ? t('staff.form.required') : reading.problem === 'outOfRange' ? t('staff.grading.outOfRange', { max }) : t('staff.grading.notANumber'),
      comment: comment.length > COMMENT_LIMIT ? t('staff.form.tooLong', { max: formatNumber(COMMENT_LIMIT, locale) }) : undefined,
    };
    setProblems(found);
    if (!reading.ok || found.comment) return;
    grade.mutate(
      { attemptId: essay.attemptId, questionId: essay.questionId, score: reading.score, comment: comment.trim() || undefined },
      {
        onSuccess: () => onDone({ tone: 'success', message: t('staff.grading.saved', { learner: essay.learnerName, score: formatDecimal(reading.score, locale), max }) }),
        onError: (error) => {
          const gone = goneMessage(error);
          if (gone) onDone({ tone: 'warning', message: t(gone) });
        },
      },
    );
  };

  return (
    <article className="card essay-card" aria-labelledby={headingId} data-testid="essay-card">
      <header className="essay-card__head">
        <h2 className="essay-card__learner" id={headingId}>
          {essay.learnerName}
        </h2>
        <p className="muted">
          {essay.courseTitle} · {essay.quizTitle}
        </p>
        <p className="muted">{t('staff.grading.submitted', { date: formatDateTime(essay.submittedAt, locale) })}</p>
      </header>

      <section className="essay-card__part">
        <h3 className="essay-card__label">{t('staff.grading.question')}</h3>
        <div className="quiz-html" dangerouslySetInnerHTML={{ __html: essay.prompt }} />
      </section>
      {essay.graderInfo && (
        <section className="essay-card__part essay-card__guide">
          <h3 className="essay-card__label">{t('staff.grading.guide')}</h3>
          <div className="quiz-html" dangerouslySetInnerHTML={{ __html: essay.graderInfo }} />
        </section>
      )}
      <section className="essay-card__part">
        <h3 className="essay-card__label">{t('staff.grading.answer')}</h3>
        {essay.answer.trim() ? <blockquote className="essay-card__answer">{essay.answer}</blockquote> : <p className="muted">{t('staff.grading.noAnswer')}</p>}
      </section>

      <AttemptDetails attemptId={essay.attemptId} essayQuestionId={essay.questionId} />

      <form className="staff-form essay-card__form" onSubmit={submit} noValidate>
        <TextField
          label={t('staff.grading.score', { max })}
          hint={t('staff.grading.scoreHint', { max })}
          value={score}
          onChange={(e) => {
            setScore(e.target.value);
            setProblems((p) => ({ ...p, score: undefined }));
          }}
          error={problems.score}
          inputMode="decimal"
          autoComplete="off"
          className="essay-card__score"
        />
        <TextArea label={t('staff.grading.comment')} hint={t('staff.grading.commentHint')} value={comment} onChange={(e) => setComment(e.target.value)} error={problems.comment} rows={3} />
        {!goneMessage(grade.error) && <WriteErrorAlert error={grade.error} />}
        <Button type="submit" busy={grade.isPending}>
          {t('staff.grading.save')}
        </Button>
      </form>
    </article>
  );
}
