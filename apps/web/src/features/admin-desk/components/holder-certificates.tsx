import type { HolderCertificate, UserView } from '@lms/contracts';
import { useState } from 'react';
import { Button, LoadError, Loading } from '../../../components/ui';
import { formatDate } from '../../../lib/dates';
import { useLocale, useT } from '../../../lib/i18n';
import { Announcement } from '../../../staff/components/announcement';
import { useHolderCertificates } from '../api/certificates';
import { RevokeForm } from './revoke-form';

/** One person's certificates, revoked ones with when and why; "Revoke" opens the reason beside the row. */
export function HolderCertificates({ person }: { person: UserView }) {
  const t = useT();
  const certificates = useHolderCertificates(person.id);
  const [revoking, setRevoking] = useState<string>();
  const [announcement, setAnnouncement] = useState('');

  return (
    <section className="stack" aria-labelledby="holder-title">
      <h3 id="holder-title">{t('staff.admin.certs.of', { name: person.displayName })}</h3>
      <Announcement message={announcement} />
      {certificates.data ? (
        certificates.data.length === 0 ? (
          <p className="muted">{t('staff.admin.certs.none')}</p>
        ) : (
          <div className="staff-table" data-testid="holder-certificates">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('staff.admin.certs.course')}</th>
                  <th scope="col">{t('staff.admin.certs.code')}</th>
                  <th scope="col">{t('staff.admin.certs.issued')}</th>
                  <th scope="col">{t('staff.admin.certs.status')}</th>
                </tr>
              </thead>
              <tbody>
                {certificates.data.map((certificate) => (
                  <CertificateRow
                    key={certificate.id}
                    certificate={certificate}
                    revoking={revoking === certificate.id}
                    onRevoke={() => {
                      setAnnouncement('');
                      setRevoking(certificate.id);
                    }}
                    onDone={(message) => {
                      setRevoking(undefined);
                      if (message) setAnnouncement(message);
                    }}
                    userId={person.id}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : certificates.isError ? (
        <LoadError error={certificates.error} onRetry={() => void certificates.refetch()} busy={certificates.isRefetching} />
      ) : (
        <Loading paused={certificates.isPaused} />
      )}
    </section>
  );
}

interface RowProps {
  certificate: HolderCertificate;
  userId: string;
  revoking: boolean;
  onRevoke: () => void;
  onDone: (message?: string) => void;
}

function CertificateRow({ certificate, userId, revoking, onRevoke, onDone }: RowProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <tr data-revoked={certificate.revokedAt ? 'true' : undefined}>
      <td>{certificate.courseTitle}</td>
      <td>
        <code>{certificate.code}</code>
      </td>
      <td>{formatDate(certificate.issuedAt, locale)}</td>
      <td>
        {certificate.revokedAt ? (
          <>
            <span className="export-status export-status--failed">{t('staff.admin.certs.revokedOn', { date: formatDate(certificate.revokedAt, locale) })}</span>
            {certificate.revocationReason && <p className="muted">{certificate.revocationReason}</p>}
          </>
        ) : revoking ? (
          <RevokeForm certificate={certificate} userId={userId} onDone={onDone} />
        ) : (
          <div className="export-outcome">
            <span className="export-status export-status--done">{t('staff.admin.certs.valid')}</span>
            <Button variant="secondary" onClick={onRevoke} aria-label={t('staff.admin.certs.revokeLabel', { course: certificate.courseTitle, code: certificate.code })}>
              {t('staff.admin.certs.revoke')}
            </Button>
          </div>
        )}
      </td>
    </tr>
  );
}
