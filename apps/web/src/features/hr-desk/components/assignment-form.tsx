import { useMemo, useState, type FormEvent } from 'react';
import type { AssignmentResult } from '@lms/contracts';
import { SelectField, TextField } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { FormActions } from '../../../staff/components/form-actions';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useAssignmentPreview, useCreateAssignment, usePublishedCourses, type AssignmentRule } from '../api/assignments';
import { useOrgTree } from '../api/org-tree';
import { endOfVientianeDay, vientianeToday } from '../lib/due-date';
import { orgOptions } from '../lib/org-options';
import { useSettled } from '../lib/use-settled';

type DueKind = 'date' | 'days' | 'none';
const RECURRENCES = [0, 12, 24, 36] as const;

/**
 * A new assignment in four steps on one page: the course, who (a unit and its subtree, perhaps
 * one position), when (a date, or days after each enrolment, and a repeat), and a check of how
 * many people it will enrol, counted by the server as it would assign them, before anything is
 * written.
 */
export function AssignmentForm({ onAssigned, onCancel }: { onAssigned: (result: AssignmentResult, courseTitle: string) => void; onCancel: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const courses = usePublishedCourses(locale);
  const tree = useOrgTree();
  const create = useCreateAssignment();
  const [courseId, setCourseId] = useState('');
  const [orgUnitId, setOrgUnitId] = useState('');
  const [position, setPosition] = useState('');
  const [dueKind, setDueKind] = useState<DueKind>('date');
  const [dueDay, setDueDay] = useState('');
  const [dueDays, setDueDays] = useState('30');
  const [recurrence, setRecurrence] = useState(0);
  const [problems, setProblems] = useState<{ course?: string; dueDay?: string; dueDays?: string }>({});

  const units = useMemo(() => orgOptions(tree.data ?? [], locale), [tree.data, locale]);
  const unit = orgUnitId || units[0]?.value || '';
  const today = vientianeToday();
  const days = Number(dueDays);
  const dueValid = dueKind === 'none' || (dueKind === 'date' ? dueDay > today : Number.isInteger(days) && days >= 1 && days <= 3650);

  const rule: AssignmentRule | null = courseId && unit && dueValid
    ? {
        courseId,
        orgUnitId: unit,
        ...(position.trim() ? { position: position.trim() } : {}),
        ...(dueKind === 'date' ? { dueAt: endOfVientianeDay(dueDay) } : dueKind === 'days' ? { dueInDays: days } : {}),
        ...(recurrence ? { recurrenceMonths: recurrence } : {}),
      }
    : null;
  // Typing a position asks again only once the typing pauses.
  const preview = useAssignmentPreview(useSettled(rule));
  const courseTitle = courses.data?.items.find((c) => c.id === courseId)?.title ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      course: courseId ? undefined : t('staff.form.required'),
      dueDay: dueKind === 'date' && !dueDay ? t('staff.form.required') : dueKind === 'date' && dueDay <= today ? t('staff.assign.pastDate') : undefined,
      dueDays: dueKind === 'days' && !(Number.isInteger(days) && days >= 1 && days <= 3650) ? t('staff.form.wholeNumber') : undefined,
    };
    setProblems(found);
    if (!rule || found.course || found.dueDay || found.dueDays) return;
    create.mutate(rule, { onSuccess: (result) => onAssigned(result, courseTitle) });
  };

  const n = (value: number) => formatNumber(value, locale);
  return (
    <form className="card staff-form assignment-form" onSubmit={submit} noValidate data-testid="assignment-form">
      <fieldset className="staff-step">
        <legend>{t('staff.assign.step.course')}</legend>
        {courses.data && courses.data.items.length === 0 ? (
          <p className="muted">{t('staff.assign.noCourses')}</p>
        ) : (
          <SelectField
            label={t('staff.assign.course')}
            value={courseId}
            onChange={(e) => {
              setCourseId(e.target.value);
              setProblems((p) => ({ ...p, course: undefined }));
            }}
            aria-invalid={problems.course ? true : undefined}
            options={[{ value: '', label: t('staff.assign.chooseCourse') }, ...(courses.data?.items ?? []).map((c) => ({ value: c.id, label: c.title, lang: c.locale }))]}
          />
        )}
        {problems.course && <p className="field__error">{problems.course}</p>}
      </fieldset>

      <fieldset className="staff-step">
        <legend>{t('staff.assign.step.who')}</legend>
        <SelectField label={t('staff.assign.unit')} value={unit} onChange={(e) => setOrgUnitId(e.target.value)} options={units} />
        <TextField label={t('staff.assign.position')} hint={t('staff.assign.positionHint')} value={position} onChange={(e) => setPosition(e.target.value)} maxLength={200} />
      </fieldset>

      <fieldset className="staff-step">
        <legend>{t('staff.assign.step.when')}</legend>
        <div className="chips" role="radiogroup" aria-label={t('staff.assign.dueKind')}>
          {(['date', 'days', 'none'] as const).map((kind) => (
            <label key={kind} className="toggle-chip">
              <input type="radio" name="due-kind" value={kind} checked={dueKind === kind} onChange={() => setDueKind(kind)} />
              {t(`staff.assign.due.${kind}`)}
            </label>
          ))}
        </div>
        {dueKind === 'date' && <TextField label={t('staff.assign.dueDate')} type="date" min={today} value={dueDay} onChange={(e) => {
              setDueDay(e.target.value);
              setProblems((p) => ({ ...p, dueDay: undefined }));
            }} error={problems.dueDay} className="staff-narrow" />}
        {dueKind === 'days' && <TextField label={t('staff.assign.dueDays')} inputMode="numeric" value={dueDays} onChange={(e) => {
              setDueDays(e.target.value);
              setProblems((p) => ({ ...p, dueDays: undefined }));
            }} error={problems.dueDays} className="staff-narrow" />}
        <SelectField
          label={t('staff.assign.recurrence')}
          value={String(recurrence)}
          onChange={(e) => setRecurrence(Number(e.target.value))}
          options={RECURRENCES.map((months) => ({ value: String(months), label: months ? t('staff.assign.recurrence.months', { count: n(months) }) : t('staff.assign.recurrence.none') }))}
        />
      </fieldset>

      <fieldset className="staff-step">
        <legend>{t('staff.assign.step.check')}</legend>
        <div aria-live="polite" data-testid="assignment-preview">
          {!rule ? (
            <p className="muted">{t('staff.assign.previewNeeds')}</p>
          ) : preview.data ? (
            <>
              <p className="assignment-form__count">{t('staff.assign.preview', { willEnrol: n(preview.data.willEnrol), alreadyEnrolled: n(preview.data.alreadyEnrolled), matched: n(preview.data.matched) })}</p>
              <p className="muted">{t('staff.assign.previewLater')}</p>
            </>
          ) : preview.isError ? (
            <WriteErrorAlert error={preview.error} />
          ) : (
            <p className="muted">{t('staff.assign.previewing')}</p>
          )}
        </div>
        <WriteErrorAlert error={create.error} />
        <FormActions submitLabel={t('staff.assign.submit')} busy={create.isPending} cancelLabel={t('staff.assign.cancel')} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}
