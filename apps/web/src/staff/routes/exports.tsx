import { ExportsScreen } from '../../features/hr-desk/components/exports-screen';
import { usePageTitle } from '../../hooks/use-page-title';

export function StaffExportsRoute() {
  usePageTitle('staff.exports.title');
  return <ExportsScreen />;
}
