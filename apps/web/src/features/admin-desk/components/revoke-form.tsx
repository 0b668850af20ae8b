import type { HolderCertificate } from '@lms/contracts';
import { useState, type FormEvent } from 'react';
import { TextArea } from '../../../components/ui';
import { ApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { FormActions } from '../../../staff/components/form-actions';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useRevokeCertificate } from '../api/certificates';

const REASON_MIN = 3;
const REASON_MAX = 500;

/** The reason (3–500 characters, shown on the verify page) and a confirming button. */
export function RevokeForm({ certificate, userId, onDone }: { certificate: HolderCertificate; userId: string; onDone: (message?: string) => void }) {
  const t = useT();
  const revoke = useRevokeCertificate(userId);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (text.length < REASON_MIN || text.length > REASON_MAX) {
      setProblem(t('staff.admin.certs.reasonRule', { min: REASON_MIN, max: REASON_MAX }));
      return;
    }
    setProblem(undefined);
    revoke.mutate(
      { certificateId: certificate.id, reason: text },
      {
        onSuccess: () => onDone(t('staff.admin.certs.revoked', { course: certificate.courseTitle })),
        // Revoked by someone else meanwhile: the list, read again, shows it so.
        onError: (error) => (error instanceof ApiError && error.statusCode === 409 ? onDone(t('staff.admin.certs.alreadyRevoked')) : undefined),
      },
    );
  };

  return (
    <form className="staff-inline-form" onSubmit={submit} noValidate aria-label={t('staff.admin.certs.revokeLabel', { course: certificate.courseTitle, code: certificate.code })}>
      <TextArea label={t('staff.admin.certs.reason')} hint={t('staff.admin.certs.reasonHint')} value={reason} onChange={(e) => setReason(e.target.value)} error={problem} maxLength={REASON_MAX} rows={3} autoFocus />
      {!(revoke.error instanceof ApiError && revoke.error.statusCode === 409) && <WriteErrorAlert error={revoke.error} byStatus={{ 400: 'staff.admin.certs.reasonRefused' }} />}
      <FormActions submitLabel={t('staff.admin.certs.confirmRevoke')} busy={revoke.isPending} cancelLabel={t('staff.admin.certs.cancel')} onCancel={() => onDone()} cancelDisabled={revoke.isPending} />
    </form>
  );
}
