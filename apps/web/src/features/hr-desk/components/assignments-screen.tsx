import { useState } from 'react';
import type { AssignmentResult, AssignmentView } from '@lms/contracts';
import { Button } from '../../../components/ui';
import { formatDate } from '../../../lib/dates';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { Announcement } from '../../../staff/components/announcement';
import { ConfirmInPlace } from '../../../staff/components/confirm-in-place';
import { Pager } from '../../../staff/components/pager';
import { QueryView } from '../../../staff/components/query-view';
import { StaffTable } from '../../../staff/components/staff-table';
import { ASSIGNMENTS_PAGE_SIZE, useAssignments, useEndAssignment } from '../api/assignments';
import { useOrgNames } from '../hooks/use-org-names';
import { AssignmentForm } from './assignment-form';

/** /staff/assignments: the rules the HR manager may see, with their progress, and "New assignment". */
export function AssignmentsScreen() {
  const t = useT();
  const { locale } = useLocale();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const assignments = useAssignments(page);

  const assigned = (result: AssignmentResult, course: string) => {
    setCreating(false);
    setPage(1);
    const counts = { course, assigned: formatNumber(result.assigned, locale), alreadyEnrolled: formatNumber(result.alreadyEnrolled, locale) };
    setAnnouncement(t(result.queued ? 'staff.assign.queued' : 'staff.assign.done', counts));
  };

  return (
    <div className="page stack">
      <div className="staff-heading">
        <h1 className="page__title">{t('staff.assign.title')}</h1>
        {!creating && (
          <Button onClick={() => setCreating(true)} data-testid="new-assignment">
            {t('staff.assign.new')}
          </Button>
        )}
      </div>
      <Announcement message={announcement} />
      {creating && <AssignmentForm onAssigned={assigned} onCancel={() => setCreating(false)} />}
      <QueryView query={assignments} empty={(data) => data.items.length === 0} emptyText={t('staff.assign.list.empty')}>
        {(data) => (
          <>
            <AssignmentTable items={data.items} onEnded={() => setAnnouncement(t('staff.assign.ended'))} />
            <Pager page={page} pageSize={ASSIGNMENTS_PAGE_SIZE} total={data.total} onPage={setPage} />
          </>
        )}
      </QueryView>
    </div>
  );
}

function AssignmentTable({ items, onEnded }: { items: AssignmentView[]; onEnded: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const names = useOrgNames();
  const n = (value: number) => formatNumber(value, locale);
  const who = (a: AssignmentView) =>
    [a.orgUnitId ? (names.get(a.orgUnitId) ?? '') : '', a.position ?? '', a.userIds.length ? t('staff.assign.list.people', { count: n(a.userIds.length) }) : ''].filter(Boolean).join(' · ');
  const due = (a: AssignmentView) => (a.dueAt ? formatDate(a.dueAt, locale) : a.dueInDays ? t('staff.assign.list.dueDays', { count: n(a.dueInDays) }) : t('staff.assign.list.noDue'));

  return (
    <StaffTable testId="assignments" columns={[t('staff.assign.list.course'), t('staff.assign.list.who'), t('staff.assign.list.due'), t('staff.assign.list.progress'), { label: t('staff.assign.end'), hidden: true }]}>
      {items.map((a) => (
        <tr key={a.id}>
          <td>{a.courseTitle}</td>
          <td>{who(a)}</td>
          <td>{due(a)}</td>
          <td>{t('staff.assign.list.completed', { completed: n(a.completed), enrolled: n(a.enrolled) })}</td>
          <td>{a.endedAt ? <span className="muted">{t('staff.assign.list.ended', { date: formatDate(a.endedAt, locale) })}</span> : <EndButton assignment={a} onEnded={onEnded} />}</td>
        </tr>
      ))}
    </StaffTable>
  );
}

/** "End", then a confirmation in place: ending cannot be undone (a new assignment can be made). */
function EndButton({ assignment, onEnded }: { assignment: AssignmentView; onEnded: () => void }) {
  const t = useT();
  const end = useEndAssignment();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant="secondary" onClick={() => setAsking(true)} aria-label={t('staff.assign.endLabel', { course: assignment.courseTitle })}>
        {t('staff.assign.end')}
      </Button>
    );
  }
  return (
    <ConfirmInPlace
      question={t('staff.assign.endConfirm')}
      confirmLabel={t('staff.assign.endYes')}
      cancelLabel={t('staff.assign.cancel')}
      busy={end.isPending}
      error={end.error}
      onConfirm={() => end.mutate(assignment.id, { onSuccess: onEnded })}
      onCancel={() => setAsking(false)}
    />
  );
}
