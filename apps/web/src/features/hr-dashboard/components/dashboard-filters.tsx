import { COURSE_CATEGORIES, type CourseCategory } from '@lms/contracts';
import { useMemo } from 'react';
import { Button, SelectField, TextField } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { usePublishedCourses } from '../../hr-desk/api/assignments';
import { useOrgTree } from '../../hr-desk/api/org-tree';
import { orgOptions } from '../../hr-desk/lib/org-options';
import { rangeReversed, type DashboardView } from '../lib/dashboard-view';

/**
 * Which unit, and which enrolments count: a course, a category, the days enrolled (the summary's
 * filters). Each change shows at once; a unit chosen here is a step in the history, like a bar.
 */
export function DashboardFilters({ view, unitId, onChange }: { view: DashboardView; unitId: string; onChange: (next: Partial<DashboardView>, options?: { replace?: boolean }) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const tree = useOrgTree();
  const courses = usePublishedCourses(locale);
  const units = useMemo(() => orgOptions(tree.data ?? [], locale), [tree.data, locale]);
  const filter = (next: Partial<DashboardView>) => onChange(next, { replace: true });
  const filtered = !!(view.course || view.category || view.from || view.to);

  return (
    <form className="card staff-form hr-filters" onSubmit={(e) => e.preventDefault()} noValidate data-testid="dashboard-filters">
      <fieldset className="staff-step">
        <legend>{t('staff.dashboard.filters')}</legend>
        <div className="staff-form__row">
          {units.length > 1 && <SelectField label={t('staff.dashboard.filter.unit')} value={unitId} onChange={(e) => onChange({ unit: e.target.value })} options={units} />}
          <SelectField
            label={t('staff.dashboard.filter.course')}
            value={view.course ?? ''}
            onChange={(e) => filter({ course: e.target.value || undefined })}
            options={[{ value: '', label: t('staff.dashboard.filter.allCourses') }, ...(courses.data?.items ?? []).map((c) => ({ value: c.id, label: c.title, lang: c.locale }))]}
          />
          <SelectField
            label={t('staff.dashboard.filter.category')}
            value={view.category ?? ''}
            onChange={(e) => filter({ category: (e.target.value || undefined) as CourseCategory | undefined })}
            options={[{ value: '', label: t('staff.dashboard.filter.allCategories') }, ...COURSE_CATEGORIES.map((c) => ({ value: c, label: t(`courses.category.${c}`) }))]}
          />
          <TextField label={t('staff.dashboard.filter.from')} type="date" value={view.from ?? ''} max={view.to} onChange={(e) => filter({ from: e.target.value || undefined })} />
          <TextField
            label={t('staff.dashboard.filter.to')}
            type="date"
            value={view.to ?? ''}
            min={view.from}
            onChange={(e) => filter({ to: e.target.value || undefined })}
            error={rangeReversed(view) ? t('staff.dashboard.filter.reversed') : undefined}
          />
        </div>
        {filtered && (
          <div>
            <Button variant="secondary" onClick={() => filter({ course: undefined, category: undefined, from: undefined, to: undefined })}>
              {t('staff.dashboard.filter.clear')}
            </Button>
          </div>
        )}
      </fieldset>
    </form>
  );
}
