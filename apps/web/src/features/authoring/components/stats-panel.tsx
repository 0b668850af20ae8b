import type { QuizStats } from '@lms/contracts';
import { Button, Card, LoadError, Loading } from '../../../components/ui';
import { formatPercent } from '../../../lib/dates';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { StaffTable } from '../../../staff/components/staff-table';
import { useCourseStats } from '../api/stats-course';
import './question-editor.css';

function QuizCard({ quiz, lang }: { quiz: QuizStats; lang: string }) {
  const t = useT();
  const { locale } = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const percent = (share: number | null) => (share === null ? t('staff.stats.none') : formatPercent(share * 100, locale));
  return (
    <Card titleLevel={3} title={<span lang={lang}>{quiz.title}</span>} data-testid="quiz-stats">
      <dl className="stats-figures">
        <div>
          <dt>{t('staff.stats.attempts')}</dt>
          <dd>{t('staff.stats.attemptsBy', { attempts: n(quiz.attempts), learners: n(quiz.learners) })}</dd>
        </div>
        <div>
          <dt>{t('staff.stats.passRate')}</dt>
          <dd>{quiz.passRate === null ? t('staff.stats.none') : t('staff.stats.passedOf', { rate: percent(quiz.passRate), passed: n(quiz.passed), graded: n(quiz.graded) })}</dd>
        </div>
        <div>
          <dt>{t('staff.stats.average')}</dt>
          <dd>{quiz.averagePercent === null ? t('staff.stats.none') : formatPercent(quiz.averagePercent, locale)}</dd>
        </div>
        {quiz.awaitingReview > 0 && (
          <div>
            <dt>{t('staff.stats.awaiting')}</dt>
            <dd>{n(quiz.awaitingReview)}</dd>
          </div>
        )}
      </dl>
      {quiz.mostMissed.length > 0 ? (
        <StaffTable caption={<caption className="stats-caption">{t('staff.stats.missed')}</caption>} columns={[t('staff.stats.question'), t('staff.stats.missedCount')]}>
          {quiz.mostMissed.map((q) => (
            <tr key={q.questionId}>
              <td>
                <span className="staff-outline__kind">{t(`staff.questions.type.${q.type}`)}</span> <span lang={lang}>{q.title ?? q.prompt}</span>
              </td>
              <td>{t('staff.stats.missedOf', { missed: n(q.missed), answered: n(q.answered), rate: percent(q.missRate) })}</td>
            </tr>
          ))}
        </StaffTable>
      ) : (
        quiz.graded > 0 && <p className="muted">{t('staff.stats.noneMissed')}</p>
      )}
    </Card>
  );
}

/** How the course's quizzes went: attempts, pass rate, mean score and the questions most often missed (GET /courses/:id/stats). */
export function StatsPanel({ courseId, lang }: { courseId: string; lang: string }) {
  const t = useT();
  const stats = useCourseStats(courseId);
  return (
    <section className="stack" aria-labelledby="stats-title" data-testid="stats-panel">
      <div className="staff-heading">
        <h2 id="stats-title">{t('staff.stats.title')}</h2>
        <Button variant="secondary" onClick={() => void stats.refetch()} busy={stats.isFetching}>
          {t('staff.stats.refresh')}
        </Button>
      </div>
      {stats.isError ? (
        <LoadError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : !stats.data ? (
        <Loading paused={stats.isPaused} />
      ) : stats.data.quizzes.length === 0 ? (
        <p className="muted">{t('staff.stats.noQuizzes')}</p>
      ) : (
        stats.data.quizzes.map((quiz) => <QuizCard key={quiz.quizId} quiz={quiz} lang={lang} />)
      )}
    </section>
  );
}
