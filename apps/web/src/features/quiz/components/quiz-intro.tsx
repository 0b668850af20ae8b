import { Link } from '../../../lib/router';
import type { FeedbackPolicy, QuizLearnerView } from '@lms/contracts';
import { Alert, Button, Card } from '../../../components/ui';
import { useLocale, useT, type MessageKey } from '../../../lib/i18n';
import type { StartRefusal } from '../lib/api-errors';
import { formatNumber, formatPercent } from '../lib/format';
import { AttemptList } from './attempt-list';
import { StartError } from './start-error';

const FEEDBACK: Record<FeedbackPolicy, MessageKey> = {
  after_grading: 'quiz.intro.feedbackAfterGrading',
  after_last_attempt: 'quiz.intro.feedbackAfterLast',
  never: 'quiz.intro.feedbackNever',
};

interface QuizIntroProps {
  quiz: QuizLearnerView;
  starting: boolean;
  refusal: StartRefusal | null;
  onStart: () => void;
}

/** Before starting: what the quiz is like, how the learner did so far, and Start (or Resume). */
export function QuizIntro({ quiz, starting, refusal, onStart }: QuizIntroProps) {
  const t = useT();
  const { locale } = useLocale();
  const open = quiz.attempts.some((attempt) => attempt.status === 'in_progress');
  const left = quiz.maxAttempts === null ? null : Math.max(0, quiz.maxAttempts - quiz.attemptsUsed);
  const canStart = open || left === null || left > 0;
  const startLabel: MessageKey = open ? 'quiz.intro.resume' : quiz.attemptsUsed > 0 ? 'quiz.intro.startAgain' : 'quiz.intro.start';

  return (
    <div className="page stack quiz">
      <div>
        <p className="quiz-kicker">{t(quiz.requiresOtherModules ? 'quiz.intro.kindExam' : 'quiz.intro.kindQuiz')}</p>
        <h1 className="page__title" lang={quiz.locale}>
          {quiz.title}
        </h1>
      </div>

      <Card title={t('quiz.intro.about')}>
        <dl className="quiz-facts">
          <div className="quiz-facts__row">
            <dt>{t('quiz.intro.questions')}</dt>
            <dd>{formatNumber(quiz.questionCount, locale)}</dd>
          </div>
          <div className="quiz-facts__row">
            <dt>{t('quiz.intro.timeLimit')}</dt>
            <dd>{quiz.timeLimitMinutes ? t('quiz.intro.minutes', { minutes: formatNumber(quiz.timeLimitMinutes, locale) }) : t('quiz.intro.noTimeLimit')}</dd>
          </div>
          <div className="quiz-facts__row">
            <dt>{t('quiz.intro.passMark')}</dt>
            <dd>{formatPercent(quiz.passPercent, locale)}</dd>
          </div>
          <div className="quiz-facts__row">
            <dt>{t('quiz.intro.attempts')}</dt>
            <dd>
              {quiz.maxAttempts === null
                ? t('quiz.intro.attemptsUnlimited', { used: quiz.attemptsUsed })
                : t('quiz.intro.attemptsOf', { used: quiz.attemptsUsed, max: quiz.maxAttempts })}
            </dd>
          </div>
          <div className="quiz-facts__row">
            <dt>{t('quiz.intro.best')}</dt>
            <dd>
              {quiz.bestPercent === null
                ? t('quiz.intro.noScore')
                : `${formatPercent(quiz.bestPercent, locale)} · ${t(quiz.passed ? 'quiz.result.passed' : 'quiz.result.notPassed')}`}
            </dd>
          </div>
        </dl>
        <ul className="quiz-notes">
          {quiz.timeLimitMinutes ? <li>{t('quiz.intro.timerNote')}</li> : null}
          {quiz.requiresOtherModules ? <li>{t('quiz.intro.examNote')}</li> : null}
          <li>{t('quiz.intro.autosaveNote')}</li>
          <li>{t(FEEDBACK[quiz.feedback] ?? 'quiz.intro.feedbackAfterGrading')}</li>
        </ul>
      </Card>

      {quiz.passed && (
        <Alert tone="success">
          <p>{t('quiz.intro.alreadyPassed')}</p>
        </Alert>
      )}
      {refusal && <StartError refusal={refusal} courseId={quiz.courseId} />}
      {canStart ? (
        <Button block busy={starting} onClick={onStart}>
          {starting ? t('quiz.intro.starting') : t(startLabel)}
        </Button>
      ) : (
        !refusal && (
          <Alert tone="info">
            <p>{t('quiz.start.limit')}</p>
          </Alert>
        )
      )}

      {quiz.attempts.length > 0 && (
        <Card title={t('quiz.intro.pastAttempts')}>
          <AttemptList attempts={quiz.attempts} />
        </Card>
      )}

      <p>
        <Link to={`/courses/${quiz.courseId}`}>{t('quiz.backToCourse')}</Link>
      </p>
    </div>
  );
}
