import type { CourseSummary } from '@lms/contracts';
import { Link } from '../../../lib/router';
import { useT } from '../../../lib/i18n';
import { CourseFacts } from './course-facts';

/** One catalogue entry; the whole card is the link to the course (its title names it). */
export function CatalogueCard({ course }: { course: CourseSummary }) {
  const t = useT();
  return (
    <article className="catalogue-card">
      <p className="catalogue-card__category">{t(`courses.category.${course.category}`)}</p>
      <h2 className="catalogue-card__title" lang={course.locale}>
        <Link className="catalogue-card__link" to={`/courses/${encodeURIComponent(course.id)}`}>
          {course.title}
        </Link>
      </h2>
      <p className="catalogue-card__summary" lang={course.locale}>
        {course.summary}
      </p>
      <CourseFacts course={course} />
    </article>
  );
}
