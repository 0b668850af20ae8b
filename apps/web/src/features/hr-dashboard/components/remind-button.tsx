import { useQueryClient } from '@tanstack/react-query';
import type { OverdueRow } from '@lms/contracts';
import { Button } from '../../../components/ui';
import { useT, type MessageKey } from '../../../lib/i18n';
import { errorCode } from '../../../lib/error-code';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useSendReminder } from '../../hr-desk/api/learner-enrolments';
import { DASHBOARD_KEY } from '../api/dashboard-key';

/** What a reminder came to: sent now, one sent today already, or the course completed meanwhile. */
export type ReminderOutcome = 'sent' | 'remindedToday' | 'completed';

const OUTCOMES: Record<ReminderOutcome, { state: MessageKey; message: MessageKey }> = {
  sent: { state: 'staff.dashboard.reminded', message: 'staff.dashboard.remindSent' },
  remindedToday: { state: 'staff.dashboard.remindedTodayShort', message: 'staff.dashboard.remindedToday' },
  completed: { state: 'staff.dashboard.completedShort', message: 'staff.dashboard.alreadyCompleted' },
};

const REFUSALS: Record<string, ReminderOutcome> = { 'enrolments.reminded-today': 'remindedToday', 'enrolments.already-completed': 'completed' };

/**
 * "Remind" for one overdue row, and once pressed what came of it. A reminder sent today already
 * and a course completed meanwhile are no failures: the row says so, and the list announces it.
 */
export function RemindButton({ row, outcome, onOutcome }: { row: OverdueRow; outcome?: ReminderOutcome; onOutcome: (row: OverdueRow, outcome: ReminderOutcome, message: string) => void }) {
  const t = useT();
  const remind = useSendReminder();
  const queryClient = useQueryClient();
  const words = { name: row.displayName, course: row.courseTitle };
  if (outcome) return <span className="muted">{t(OUTCOMES[outcome].state)}</span>;

  const settle = (result: ReminderOutcome) => onOutcome(row, result, t(OUTCOMES[result].message, words));
  const send = () =>
    remind.mutate(
      { userId: row.userId, courseId: row.courseId },
      {
        onSuccess: () => settle('sent'),
        onError: (error) => {
          const refusal = REFUSALS[errorCode(error) ?? ''];
          // Completed meanwhile: the dashboard's figures are out of date.
          if (refusal === 'completed') void queryClient.invalidateQueries({ queryKey: DASHBOARD_KEY });
          if (refusal) settle(refusal);
        },
      },
    );
  return (
    <div className="hr-remind">
      <Button variant="secondary" busy={remind.isPending} onClick={send} aria-label={t('staff.dashboard.remindLabel', words)}>
        {t('staff.dashboard.remind')}
      </Button>
      {!REFUSALS[errorCode(remind.error) ?? ''] && <WriteErrorAlert error={remind.error} />}
    </div>
  );
}
