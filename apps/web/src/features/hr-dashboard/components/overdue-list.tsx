import { useState } from 'react';
import type { OverdueRow, Page } from '@lms/contracts';
import { calendarDaysFromToday, formatDate } from '../../../lib/dates';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { Announcement } from '../../../staff/components/announcement';
import { Pager } from '../../../staff/components/pager';
import { StaffTable } from '../../../staff/components/staff-table';
import { OVERDUE_PAGE_SIZE } from '../api/overdue';
import { RemindButton, type ReminderOutcome } from './remind-button';

/** One page of the people past a due date, oldest due first, each with "Remind"; what a reminder came to stays shown while the screen is open. */
export function OverdueList({ page, unitName, nameOf, onPage }: { page: Page<OverdueRow>; unitName: string; nameOf: (unitId: string, fallback: string) => string; onPage: (page: number) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, ReminderOutcome>>(new Map());
  const [announcement, setAnnouncement] = useState<{ message: string; tone: 'success' | 'info' }>();
  const reminded = (row: OverdueRow, outcome: ReminderOutcome, message: string) => {
    setOutcomes((all) => new Map(all).set(row.enrolmentId, outcome));
    setAnnouncement({ message, tone: outcome === 'sent' ? 'success' : 'info' });
  };

  if (page.total === 0) return <p className="muted">{t('staff.dashboard.overdue.none', { unit: unitName })}</p>;
  return (
    <>
      <p>{t('staff.dashboard.overdue.count', { count: formatNumber(page.total, locale), unit: unitName })}</p>
      <Announcement message={announcement?.message} tone={announcement?.tone} />
      <StaffTable
        testId="overdue"
        columns={[t('staff.dashboard.overdue.person'), t('staff.dashboard.overdue.unit'), t('staff.dashboard.overdue.course'), t('staff.dashboard.overdue.due'), t('staff.dashboard.overdue.days'), { label: t('staff.dashboard.remind'), hidden: true }]}
      >
        {page.items.map((row) => {
          const days = -calendarDaysFromToday(row.dueAt);
          return (
            <tr key={row.enrolmentId}>
              <th scope="row" className="hr-person">
                {row.displayName}
                <span className="muted">{row.email}</span>
              </th>
              <td>{nameOf(row.orgUnitId, row.orgUnitName)}</td>
              <td lang={row.courseLocale}>{row.courseTitle}</td>
              <td>{formatDate(row.dueAt, locale)}</td>
              <td className="hr-days">{days > 0 ? formatNumber(days, locale) : t('staff.dashboard.overdue.today')}</td>
              <td>
                <RemindButton row={row} outcome={outcomes.get(row.enrolmentId)} onOutcome={reminded} />
              </td>
            </tr>
          );
        })}
      </StaffTable>
      <Pager page={page.page} pageSize={OVERDUE_PAGE_SIZE} total={page.total} onPage={onPage} />
    </>
  );
}
