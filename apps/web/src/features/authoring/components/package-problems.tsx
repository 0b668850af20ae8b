import type { CoursePackageProblem } from '@lms/contracts';
import { Alert } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';

/** Where a problem is: the file in the zip and, when known, the line. */
function ProblemPlace({ problem }: { problem: CoursePackageProblem }) {
  const t = useT();
  const { locale } = useLocale();
  return <span className="staff-problem__place">{problem.line ? t('staff.editor.package.fileLine', { file: problem.file, line: formatNumber(problem.line, locale) }) : problem.file}</span>;
}

/**
 * Why an uploaded zip (a course package, a SCORM package) was refused: nothing was imported, and
 * each problem by file and line. The server's messages are English.
 */
export function PackageProblems({ problems }: { problems: CoursePackageProblem[] }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Alert tone="error">
      <p>{t('staff.editor.package.failed', { count: formatNumber(problems.length, locale) })}</p>
      <ul className="staff-problems">
        {problems.map((problem, i) => (
          <li key={i}>
            <ProblemPlace problem={problem} />: <span lang="en">{problem.message}</span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
