import type { ReactNode } from 'react';
import type { CertificateVerification } from '@lms/contracts';
import type { MessageKey } from '../../../lib/i18n';
import { formatDate } from '../../../lib/dates';
import { Bi, BothLocales } from './bilingual';

export type StatusKind = 'valid' | 'revoked' | 'invalid' | 'not-found';

const ICONS: Record<StatusKind, string> = { valid: '✓', revoked: '✕', invalid: '✕', 'not-found': '?' };
const TITLES: Record<StatusKind, MessageKey> = { valid: 'verify.valid', revoked: 'verify.revoked', invalid: 'verify.invalid', 'not-found': 'verify.notFound' };

/** The answer in one glance: a coloured block with an icon and a title in both languages. */
export function StatusBanner({ kind, children }: { kind: StatusKind; children?: ReactNode }) {
  return (
    <section className={`verify-status verify-status--${kind}`} role="status" aria-labelledby={`verify-status-${kind}`} data-testid={`verify-${kind}`}>
      <span className="verify-status__icon" aria-hidden="true">
        {ICONS[kind]}
      </span>
      <div className="verify-status__body">
        <h2 className="verify-status__title" id={`verify-status-${kind}`}>
          <Bi k={TITLES[kind]} />
        </h2>
        {children}
      </div>
    </section>
  );
}

/** The banner for an answer of GET /verify/:code. */
export function VerificationBanner({ certificate }: { certificate: CertificateVerification }) {
  if (certificate.valid && !certificate.revoked) {
    return (
      <StatusBanner kind="valid">
        <p>
          <Bi k="verify.validBody" />
        </p>
      </StatusBanner>
    );
  }
  if (!certificate.revoked) return <StatusBanner kind="invalid" />;
  return (
    <StatusBanner kind="revoked">
      <p>
        <Bi k="verify.revokedBody" />
      </p>
      {(certificate.revokedAt || certificate.revocationReason) && (
        <dl className="verify-status__facts">
          {certificate.revokedAt && (
            <div>
              <dt>
                <Bi k="verify.revokedAt" inline />
              </dt>
              <dd data-testid="verify-revoked-at">
                <BothLocales render={(locale) => formatDate(certificate.revokedAt!, locale)} />
              </dd>
            </div>
          )}
          {certificate.revocationReason && (
            <div>
              <dt>
                <Bi k="verify.reason" inline />
              </dt>
              <dd data-testid="verify-revoked-reason">{certificate.revocationReason}</dd>
            </div>
          )}
        </dl>
      )}
    </StatusBanner>
  );
}
