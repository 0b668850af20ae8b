import { useLocation, useParams } from '../../lib/router';
import { VerifyScreen } from '../../features/verify/components/verify-screen';
import { jwsFromFragment } from '../../features/verify/lib/certificate-jws';
import { usePageTitle } from '../../hooks/use-page-title';

/** /verify/:code, public. A certificate's QR code adds "#<signed payload>", which never reaches the server. */
export function VerifyRoute() {
  usePageTitle('verify.title');
  const { code = '' } = useParams();
  const { hash } = useLocation();
  const jws = jwsFromFragment(hash);
  return <VerifyScreen key={code} code={code} jws={jws || null} />;
}
