import { AssignmentsScreen } from '../../features/hr-desk/components/assignments-screen';
import { usePageTitle } from '../../hooks/use-page-title';

export function StaffAssignmentsRoute() {
  usePageTitle('staff.assign.title');
  return <AssignmentsScreen />;
}
