import { CertificatesScreen } from '../../features/certificates/components/certificates-screen';

export function CertificatesRoute() {
  return <CertificatesScreen />;
}
