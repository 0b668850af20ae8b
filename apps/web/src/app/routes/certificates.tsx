import { CertificatesScreen } from '../../features/certificates/components/certificates-screen';
import { usePageTitle } from '../../hooks/use-page-title';

export function CertificatesRoute() {
  usePageTitle('certificates.title');
  return <CertificatesScreen />;
}
