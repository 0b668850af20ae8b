import { useEffect, useRef } from 'react';
import { Link, useLocation } from '../../../lib/router';
import { Card, LoadError, Loading } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { useMyCertificates } from '../api/get-my-certificates';
import { CertificateCard } from './certificate-card';
import '../certificates.css';

/** "My certificates" at /certificates: each one with its date, code, PDF and verify page. */
export function CertificatesScreen() {
  const t = useT();
  const certificates = useMyCertificates();
  useFocusFromHash(certificates.data !== undefined);

  return (
    <div className="page stack certificates">
      <h1 className="page__title">{t('certificates.title')}</h1>
      {certificates.data ? (
        certificates.data.length === 0 ? (
          <Card data-testid="certificates-empty">
            <p>{t('certificates.empty')}</p>
            <Link className="btn btn--secondary" to="/">
              {t('certificates.goToLearning')}
            </Link>
          </Card>
        ) : (
          <ul className="list-grid certificates-list">
            {certificates.data.map((certificate) => (
              <li key={certificate.id}>
                <CertificateCard certificate={certificate} />
              </li>
            ))}
          </ul>
        )
      ) : certificates.isError ? (
        <LoadError error={certificates.error} onRetry={() => void certificates.refetch()} />
      ) : (
        <Loading paused={certificates.isPaused} />
      )}
    </div>
  );
}

/** Coming from "my learning" with #certificate-<id>: bring that card into view and put the focus on it, once. */
function useFocusFromHash(ready: boolean) {
  const { hash } = useLocation();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || !hash || done.current === hash) return;
    done.current = hash;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'start' });
  }, [ready, hash]);
}
