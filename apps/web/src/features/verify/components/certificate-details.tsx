import type { ReactNode } from 'react';
import type { CertificateVerification } from '@lms/contracts';
import { Bi, BothLocales } from './bilingual';
import type { MessageKey } from '../../../lib/i18n';
import { formatDate } from '../../../lib/dates';
import { formatPercent } from '../lib/format';

/** One label (in both languages) and its value. */
export function DetailRow({ labelKey, children, testId }: { labelKey: MessageKey; children: ReactNode; testId?: string }) {
  return (
    <div className="verify-details__row">
      <dt>
        <Bi k={labelKey} inline />
      </dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** What the institute's records say about the certificate. */
export function CertificateDetails({ certificate }: { certificate: CertificateVerification }) {
  const lang = certificate.locale;
  return (
    <section className="card verify-card" aria-labelledby="verify-details-title" data-testid="verify-details">
      <h2 className="card__title" id="verify-details-title">
        <Bi k="verify.details" />
      </h2>
      <dl className="verify-details">
        <DetailRow labelKey="verify.holder" testId="verify-holder">
          <span className="verify-details__strong" lang={lang}>
            {certificate.holderName}
          </span>
        </DetailRow>
        <DetailRow labelKey="verify.course" testId="verify-course">
          <span className="verify-details__strong" lang={lang}>
            {certificate.courseTitle}
          </span>
        </DetailRow>
        <DetailRow labelKey="verify.courseVersion">{certificate.courseVersion}</DetailRow>
        {certificate.scorePercent !== null && (
          <DetailRow labelKey="verify.score" testId="verify-score">
            <BothLocales inline render={(locale) => formatPercent(certificate.scorePercent!, locale)} />
          </DetailRow>
        )}
        <DetailRow labelKey="verify.issued" testId="verify-issued">
          <BothLocales render={(locale) => formatDate(certificate.issuedAt, locale)} />
        </DetailRow>
        <DetailRow labelKey="verify.issuer">
          <span lang={lang}>{certificate.issuer}</span>
        </DetailRow>
        <DetailRow labelKey="verify.code">
          <span className="code-text">{certificate.code}</span>
        </DetailRow>
      </dl>
    </section>
  );
}
