import { useState } from 'react';
import type { OverdueRow, Page } from '@lms/contracts';
import { calendarDaysFromToday, formatDate } from '../../../lib/dates';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { Announcement } from '../../../staff/components/announcement';
import { Pager } from '../../../staff/components/pager';
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
      <div className="staff-table" data-testid="overdue">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('staff.dashboard.overdue.person')}</th>
              <th scope="col">{t('staff.dashboard.overdue.unit')}</th>
              <th scope="col">{t('staff.dashboard.overdue.course')}</th>
              <th scope="col">{t('staff.dashboard.overdue.due')}</th>
              <th scope="col">{t('staff.dashboard.overdue.days')}</th>
              <th scope="col">
                <span className="sr-only">{t('staff.dashboard.remind')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
      <Pager page={page.page} pageSize={OVERDUE_PAGE_SIZE} total={page.total} onPage={onPage} />
    </>
  );
}
