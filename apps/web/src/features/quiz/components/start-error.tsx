import { Link } from '../../../lib/router';
import { Alert } from '../../../components/ui';
import { useT, type MessageKey } from '../../../lib/i18n';
import type { StartRefusal } from '../lib/api-errors';

const MESSAGES: Record<StartRefusal['kind'], MessageKey> = {
  limit: 'quiz.start.limit',
  'not-enrolled': 'quiz.start.notEnrolled',
  'modules-incomplete': 'quiz.start.modulesIncomplete',
  'not-ready': 'quiz.start.notReady',
  network: 'errors.network',
  conflict: 'quiz.start.conflict',
  'not-found': 'errors.generic',
  other: 'errors.generic',
};

/** Why the attempt did not start, in words, with the way forward where there is one. */
export function StartError({ refusal, courseId }: { refusal: StartRefusal; courseId: string }) {
  const t = useT();
  return (
    <Alert tone="error">
      <p>{t(MESSAGES[refusal.kind])}</p>
      {refusal.kind === 'modules-incomplete' && refusal.missing.length > 0 && (
        <>
          <p>{t('quiz.start.stillToDo', { count: refusal.missing.length })}</p>
          <ul className="quiz-missing">
            {refusal.missing.map((title, index) => (
              <li key={index}>{title}</li>
            ))}
          </ul>
        </>
      )}
      {(refusal.kind === 'not-enrolled' || refusal.kind === 'modules-incomplete') && (
        <p>
          <Link to={`/courses/${courseId}`}>{t('quiz.start.toCourse')}</Link>
        </p>
      )}
    </Alert>
  );
}
