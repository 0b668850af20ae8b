import { useDeferredValue, useId, type ReactNode } from 'react';
import { Link } from '../../../lib/router';
import type { EnrolmentView } from '@lms/contracts';
import { Card, LoadError, Loading } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { useMyEnrolments } from '../hooks/use-my-enrolments';
import { splitEnrolments } from '../lib/due';
import { CompletedCard, EnrolmentCard } from './enrolment-card';
import '../learning.css';

/** The body of "my learning": the sections, or the loading, error and empty states. */
export function LearningOverview() {
  const enrolments = useMyEnrolments();
  // Drawn in a render React can pause, so a slow phone stays responsive while the cards are built.
  const data = useDeferredValue(enrolments.data);

  if (data) return <Sections enrolments={data} />;
  if (enrolments.isError) return <LoadError error={enrolments.error} onRetry={() => void enrolments.refetch()} />;
  return <Loading paused={enrolments.isPaused} />;
}

function Sections({ enrolments }: { enrolments: EnrolmentView[] }) {
  const t = useT();
  const { todo, inProgress, completed } = splitEnrolments(enrolments);

  if (enrolments.length === 0) {
    return (
      <Card className="learning-empty" data-testid="learning-empty">
        <p>{t('learning.home.empty')}</p>
        <Link className="btn btn--primary" to="/courses">
          {t('learning.home.browse')}
        </Link>
      </Card>
    );
  }

  return (
    <>
      {todo.length === 0 && inProgress.length === 0 && (
        <Card className="learning-empty">
          <p>{t('learning.home.allDone')}</p>
          <Link className="btn btn--secondary" to="/courses">
            {t('learning.home.browse')}
          </Link>
        </Card>
      )}
      {todo.length > 0 && (
        <Section title={t('learning.home.todo')} count={todo.length} testId="section-todo">
          <CardList items={todo} render={(e) => <EnrolmentCard enrolment={e} />} />
        </Section>
      )}
      {inProgress.length > 0 && (
        <Section title={t('learning.home.inProgress')} count={inProgress.length} testId="section-in-progress">
          <CardList items={inProgress} render={(e) => <EnrolmentCard enrolment={e} />} />
        </Section>
      )}
      {completed.length > 0 && (
        <Section title={t('learning.home.completed')} count={completed.length} testId="section-completed">
          {/* Folded: on a small screen what is done should not push what is left out of sight. */}
          <details className="learning-completed">
            <summary className="learning-completed__summary">{t('learning.home.showCompleted', { count: completed.length })}</summary>
            <CardList items={completed} render={(e) => <CompletedCard enrolment={e} />} />
          </details>
        </Section>
      )}
    </>
  );
}

function Section({ title, count, testId, children }: { title: string; count: number; testId: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="learning-section" aria-labelledby={headingId} data-testid={testId}>
      <h2 className="learning-section__title" id={headingId}>
        {title} <span className="learning-section__count">({count})</span>
      </h2>
      {children}
    </section>
  );
}

function CardList({ items, render }: { items: EnrolmentView[]; render: (enrolment: EnrolmentView) => ReactNode }) {
  return (
    <ul className="list-grid learning-list">
      {items.map((enrolment) => (
        <li key={enrolment.id}>{render(enrolment)}</li>
      ))}
    </ul>
  );
}
