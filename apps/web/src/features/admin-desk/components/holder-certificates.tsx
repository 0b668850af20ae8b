import type { HolderCertificate, UserView } from '@lms/contracts';
import { useState } from 'react';
import { Button } from '../../../components/ui';
import { formatDate } from '../../../lib/dates';
import { useLocale, useT } from '../../../lib/i18n';
import { Announcement } from '../../../staff/components/announcement';
import { QueryView } from '../../../staff/components/query-view';
import { StaffTable } from '../../../staff/components/staff-table';
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
      <QueryView query={certificates} empty={(data) => data.length === 0} emptyText={t('staff.admin.certs.none')}>
        {(data) => (
          <StaffTable testId="holder-certificates" columns={[t('staff.admin.certs.course'), t('staff.admin.certs.code'), t('staff.admin.certs.issued'), t('staff.admin.certs.status')]}>
            {data.map((certificate) => (
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
          </StaffTable>
        )}
      </QueryView>
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
