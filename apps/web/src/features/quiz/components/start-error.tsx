import { Link } from '../../../lib/router';
import { Alert } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import type { StartRefusal } from '../lib/api-errors';

/** Why the attempt did not start, in words, with the way forward where there is one. */
export function StartError({ refusal, courseId }: { refusal: StartRefusal; courseId: string }) {
  const t = useT();
  const toCourse = (
    <p>
      <Link to={`/courses/${courseId}`}>{t('quiz.start.toCourse')}</Link>
    </p>
  );
  switch (refusal.kind) {
    case 'limit':
      return (
        <Alert tone="error">
          <p>{t('quiz.start.limit')}</p>
        </Alert>
      );
    case 'not-enrolled':
      return (
        <Alert tone="error">
          <p>{t('quiz.start.notEnrolled')}</p>
          {toCourse}
        </Alert>
      );
    case 'modules-incomplete':
      return (
        <Alert tone="error">
          <p>{t('quiz.start.modulesIncomplete')}</p>
          {refusal.missing.length > 0 && (
            <>
              <p>{t('quiz.start.stillToDo', { count: refusal.missing.length })}</p>
              <ul className="quiz-missing">
                {refusal.missing.map((title, index) => (
                  <li key={index}>{title}</li>
                ))}
              </ul>
            </>
          )}
          {toCourse}
        </Alert>
      );
    case 'not-ready':
      return (
        <Alert tone="error">
          <p>{t('quiz.start.notReady')}</p>
        </Alert>
      );
    case 'network':
      return (
        <Alert tone="error">
          <p>{t('errors.network')}</p>
        </Alert>
      );
    case 'conflict':
      return (
        <Alert tone="error">
          <p>{t('quiz.start.conflict')}</p>
        </Alert>
      );
    default:
      return (
        <Alert tone="error">
          <p>{t('errors.generic')}</p>
        </Alert>
      );
  }
}
