import { useState } from 'react';
import type { EnrolmentView } from '@lms/contracts';
import { Alert, Button } from '../../../components/ui';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/dates';
import { errorCode } from '../../../lib/error-code';
import { useLocale, useT, type MessageKey } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { QueryView } from '../../../staff/components/query-view';
import { writeErrorMessage } from '../../authoring/lib/write-error';
import { useDownloadPersonCertificate, useDownloadPersonCredential, useSendReminder, useUserEnrolments } from '../api/learner-enrolments';

const REFUSALS: Record<string, MessageKey> = {
  'enrolments.reminded-today': 'staff.users.remindedToday',
  'enrolments.already-completed': 'staff.users.alreadyCompleted',
  'enrolments.not-enrolled': 'staff.users.notEnrolled',
};

/** One person's courses (overdue first, as they see them) and a reminder about any they have not finished. */
export function UserEnrolments({ userId, name, onReminded }: { userId: string; name: string; onReminded: (course: string) => void }) {
  const t = useT();
  const enrolments = useUserEnrolments(userId);
  return (
    <section className="stack" aria-labelledby={`enrolments-${userId}`}>
      <h3 id={`enrolments-${userId}`}>{t('staff.users.courses', { name })}</h3>
      <QueryView query={enrolments} empty={(data) => data.length === 0} emptyText={t('staff.users.noCourses')}>
        {(data) => (
          <ul className="staff-enrolments" data-testid="user-enrolments">
            {data.map((e) => (
              <EnrolmentRow key={e.id} userId={userId} enrolment={e} onReminded={onReminded} />
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}

function EnrolmentRow({ userId, enrolment: e, onReminded }: { userId: string; enrolment: EnrolmentView; onReminded: (course: string) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const remind = useSendReminder();
  const [sent, setSent] = useState(false);
  const state = e.completedAt
    ? t('staff.users.completedOn', { date: formatDate(e.completedAt, locale) })
    : e.overdue && e.dueAt
      ? t('staff.users.overdueSince', { date: formatDate(e.dueAt, locale) })
      : e.dueAt
        ? t('staff.users.dueOn', { date: formatDate(e.dueAt, locale) })
        : t('staff.users.noDue');
  const code = errorCode(remind.error);
  return (
    <li className={e.overdue ? 'staff-enrolment staff-enrolment--overdue' : 'staff-enrolment'}>
      <div>
        <strong>{e.course.title}</strong>
        <p className="muted">
          {t('staff.users.progress', { percent: formatNumber(e.progressPercent, locale) })} · {state}
          {e.mandatory ? ` · ${t('staff.users.mandatory')}` : ''}
        </p>
        {remind.isError && (
          <Alert tone="error">
            <p>{code && REFUSALS[code] ? t(REFUSALS[code]) : writeErrorMessage(t, remind.error)}</p>
          </Alert>
        )}
      </div>
      {e.certificateId && <CertificateButtons certificateId={e.certificateId} fileName={`certificate-${e.course.slug}-${userId.slice(0, 8)}`} course={e.course.title} />}
      {!e.completedAt &&
        (sent ? (
          <span className="muted">{t('staff.users.reminded')}</span>
        ) : (
          <Button
            variant="secondary"
            busy={remind.isPending}
            aria-label={t('staff.users.remindLabel', { course: e.course.title })}
            onClick={() =>
              remind.mutate({ userId, courseId: e.course.id }, {
                onSuccess: () => {
                  setSent(true);
                  onReminded(e.course.title);
                },
              })
            }
          >
            {t('staff.users.remind')}
          </Button>
        ))}
    </li>
  );
}

/** The certificate's PDF, as the person has it ("being made" while the worker has not stored it), and its signed credential. */
function CertificateButtons({ certificateId, fileName, course }: { certificateId: string; fileName: string; course: string }) {
  const t = useT();
  const pdf = useDownloadPersonCertificate();
  const credential = useDownloadPersonCredential();
  const preparing = pdf.error instanceof ApiError && pdf.error.statusCode === 409;
  const failed = pdf.error ?? credential.error;
  return (
    <div className="stack">
      <Button variant="secondary" busy={pdf.isPending} aria-label={t('staff.users.certificateLabel', { course })} onClick={() => pdf.mutate({ certificateId, fileName: `${fileName}.pdf` })}>
        {t('staff.users.certificate')}
      </Button>
      <Button variant="ghost" busy={credential.isPending} aria-label={t('staff.users.credentialLabel', { course })} onClick={() => credential.mutate({ certificateId, fileName: `${fileName}.json` })}>
        {t('staff.users.credential')}
      </Button>
      {failed && <p className={preparing ? 'muted' : 'field__error'}>{preparing ? t('staff.users.certificatePreparing') : writeErrorMessage(t, failed)}</p>}
    </div>
  );
}
