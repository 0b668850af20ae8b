import { useParams } from '../../lib/router';
import { ScormScreen } from '../../features/scorm/components/scorm-screen';
import { usePageTitle } from '../../hooks/use-page-title';

/** Keyed by item: another activity on this same route starts afresh, with its own launch and frame. */
export function ScormRoute() {
  usePageTitle('courses.scorm.pageTitle');
  const { courseId = '', itemId = '' } = useParams();
  return <ScormScreen key={itemId} courseId={courseId} itemId={itemId} />;
}
