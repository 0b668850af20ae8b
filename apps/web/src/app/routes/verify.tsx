import { useLocation, useParams } from '../../lib/router';
import { VerifyScreen } from '../../features/verify/components/verify-screen';
import { jwsFromFragment } from '../../features/verify/lib/certificate-jws';

/** /verify/:code, public. A certificate's QR code adds "#<signed payload>", which never reaches the server. */
export function VerifyRoute() {
  const { code = '' } = useParams();
  const { hash } = useLocation();
  const jws = jwsFromFragment(hash);
  return <VerifyScreen key={code} code={code} jws={jws || null} />;
}
