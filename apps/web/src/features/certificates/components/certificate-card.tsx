import { useId } from 'react';
import { Link } from '../../../lib/router';
import type { MyCertificate } from '@lms/contracts';
import { Alert, Button, LiveRegion } from '../../../components/ui';
import { ApiError } from '../../../lib/api-client';
import { genericErrorMessage } from '../../../lib/errors';
import { useLocale, useT } from '../../../lib/i18n';
import { useDownloadCertificatePdf } from '../api/download-certificate-pdf';
import { formatDate } from '../../../lib/dates';

/** The element id of a certificate's card: "my learning" links to /certificates#certificate-<id>. */
export function certificateAnchor(certificateId: string): string {
  return `certificate-${certificateId}`;
}

export function CertificateCard({ certificate }: { certificate: MyCertificate }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const download = useDownloadCertificatePdf();
  const notReady = download.error instanceof ApiError && download.error.statusCode === 409;
  const vars = { title: certificate.courseTitle };

  return (
    <article
      className={['certificates-card', certificate.revoked ? 'certificates-card--revoked' : ''].filter(Boolean).join(' ')}
      id={certificateAnchor(certificate.id)}
      tabIndex={-1}
      aria-labelledby={titleId}
      data-testid="certificate-card"
    >
      <h2 className="certificates-card__title" id={titleId}>
        {certificate.courseTitle}
      </h2>
      {certificate.revoked && (
        <div className="certificates-revoked">
          <p className="badge badge--error certificates-badge">{t('certificates.revoked')}</p>
          <p className="certificates-revoked__note">{t('certificates.revokedNote')}</p>
        </div>
      )}
      <dl className="certificates-facts">
        <div className="certificates-facts__row">
          <dt>{t('certificates.issued')}</dt>
          <dd>
            <time dateTime={certificate.issuedAt}>{formatDate(certificate.issuedAt, locale)}</time>
          </dd>
        </div>
        <div className="certificates-facts__row">
          <dt>{t('certificates.code')}</dt>
          <dd className="code-text">{certificate.code}</dd>
        </div>
      </dl>
      {certificate.pdfReady ? (
        <Button
          variant="primary"
          className="certificates-card__action"
          busy={download.isPending}
          aria-describedby={titleId}
          onClick={() => download.mutate(certificate)}
        >
          {download.isPending ? t('certificates.downloading') : t('certificates.download')}
        </Button>
      ) : (
        <p className="certificates-preparing" data-testid="pdf-preparing">
          {t('certificates.preparing')}
        </p>
      )}
      {download.isError &&
        (notReady ? (
          <Alert tone="info">
            <p>{t('certificates.preparing')}</p>
          </Alert>
        ) : (
          <Alert tone="error">
            <p>{genericErrorMessage(t, download.error)}</p>
          </Alert>
        ))}
      <LiveRegion>{download.isSuccess ? t('certificates.downloaded', vars) : null}</LiveRegion>
      <Link
        className="btn btn--secondary certificates-card__action"
        to={`/verify/${encodeURIComponent(certificate.code)}`}
        aria-label={t('certificates.verifyCourse', vars)}
      >
        {t('certificates.verify')}
      </Link>
    </article>
  );
}
