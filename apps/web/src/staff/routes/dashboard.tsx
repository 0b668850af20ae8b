import { DashboardScreen } from '../../features/hr-dashboard/components/dashboard-screen';
import { usePageTitle } from '../../hooks/use-page-title';

export function StaffDashboardRoute() {
  usePageTitle('staff.dashboard.title');
  return <DashboardScreen />;
}
