import { GradingQueueScreen } from '../../features/grading-desk/components/grading-queue-screen';
import { usePageTitle } from '../../hooks/use-page-title';

export function StaffGradingRoute() {
  usePageTitle('staff.grading.title');
  return <GradingQueueScreen />;
}
