import { AdminScreen } from '../../features/admin-desk/components/admin-screen';
import { tabOf } from '../../features/admin-desk/lib/admin-tabs';
import { useParams } from '../../lib/router';
import { StaffDeadEnd } from '../dead-end';

/** /staff/admin/<area>: the area from the path's rest (`*`); an unknown one is "not found". */
export function StaffAdminRoute() {
  const tab = tabOf(useParams()['*']);
  return tab ? <AdminScreen tab={tab} /> : <StaffDeadEnd kind="notFound" />;
}
