import { useEffect, useState } from 'react';
import { Alert, Button } from '../../../components/ui';
import { useVerification, VerificationError } from '../api/get-verification';
import { useOfflineCheck } from '../api/use-offline-check';
import { normaliseVerificationCode } from '../lib/verification-code';
import { Bi } from './bilingual';
import { CertificateDetails } from './certificate-details';
import { OfflineCheckPanel } from './offline-check-panel';
import { StatusBanner, VerificationBanner } from './status-banner';
import { VerifyLayout } from './verify-layout';

/** Seconds left until `until` (ms since the epoch), ticking once a second. */
function useSecondsLeft(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, Math.ceil((until - now) / 1000));
  useEffect(() => {
    if (left <= 0) return;
    const timer = window.setTimeout(() => setNow(Date.now()), 1000);
    return () => window.clearTimeout(timer);
  }, [left, now]);
  return left;
}

function Throttled({ retryAfter, since, onRetry, busy }: { retryAfter: number; since: number; onRetry: () => void; busy: boolean }) {
  const left = useSecondsLeft(since + retryAfter * 1000);
  return (
    <div data-testid="verify-throttled">
      <Alert tone="warning">
        <p>{left > 0 ? <Bi k="verify.throttled" vars={{ seconds: left }} /> : <Bi k="verify.throttledNow" />}</p>
        <RetryButton onRetry={onRetry} busy={busy} disabled={left > 0} />
      </Alert>
    </div>
  );
}

function RetryButton({ onRetry, busy, disabled }: { onRetry: () => void; busy: boolean; disabled?: boolean }) {
  return (
    <Button variant="secondary" onClick={onRetry} busy={busy} disabled={disabled} data-testid="verify-retry">
      <Bi k="common.retry" inline />
    </Button>
  );
}

function OnlineAnswer({ code, hasOfflineCheck }: { code: string; hasOfflineCheck: boolean }) {
  const verification = useVerification(code);
  const retry = () => void verification.refetch();

  if (verification.data) {
    return (
      <>
        <VerificationBanner certificate={verification.data} />
        <CertificateDetails certificate={verification.data} />
      </>
    );
  }
  if (verification.isPending) {
    return (
      <p className="loading-panel" role="status" data-testid="verify-loading">
        <span className="spinner" aria-hidden="true" />
        <Bi k="verify.checking" />
      </p>
    );
  }

  const error = verification.error;
  const status = error instanceof VerificationError ? error.statusCode : -1;
  if (status === 404) {
    return (
      <StatusBanner kind="not-found">
        <p>
          <Bi k="verify.notFoundBody" />
        </p>
        <dl className="verify-status__facts">
          <div>
            <dt>
              <Bi k="verify.code" inline />
            </dt>
            <dd className="code-text" data-testid="verify-searched-code">
              {normaliseVerificationCode(code) ?? code}
            </dd>
          </div>
        </dl>
      </StatusBanner>
    );
  }
  if (status === 429) {
    const retryAfter = (error as VerificationError).retryAfterSeconds ?? 60;
    return <Throttled key={verification.errorUpdatedAt} retryAfter={retryAfter} since={verification.errorUpdatedAt} onRetry={retry} busy={verification.isFetching} />;
  }
  return (
    <div data-testid={status === 0 ? 'verify-network-error' : 'verify-error'}>
      <Alert tone="error">
        <p>
          <Bi k={status === 0 ? 'errors.network' : 'verify.error'} />
        </p>
        {status === 0 && hasOfflineCheck && (
          <p>
            <Bi k="verify.networkOfflineCheck" />
          </p>
        )}
        <RetryButton onRetry={retry} busy={verification.isFetching} />
      </Alert>
    </div>
  );
}

/**
 * The public verify page: what the institute's records say about the code in the link and, when
 * the link carries the signed QR payload after "#", the offline check of that signature.
 */
export function VerifyScreen({ code, jws }: { code: string; jws: string | null }) {
  const offline = useOfflineCheck(jws);
  const record = useVerification(code).data; // the same query as OnlineAnswer's, fetched once
  return (
    <VerifyLayout>
      <OnlineAnswer code={code} hasOfflineCheck={jws !== null} />
      {offline && <OfflineCheckPanel check={offline} code={code} revoked={record ? record.revoked || !record.valid : false} />}
    </VerifyLayout>
  );
}
