import { useMemo } from 'react';
import { Alert, LoadError, Loading } from '../../../components/ui';
import { isNotFound } from '../../../lib/errors';
import { useLocale, useT } from '../../../lib/i18n';
import { Link } from '../../../lib/router';
import { QueryView } from '../../../staff/components/query-view';
import { useOrgTree } from '../../hr-desk/api/org-tree';
import { orgNames } from '../../hr-desk/lib/org-options';
import { useOverdue } from '../api/overdue';
import { useSkillsCoverage } from '../api/skills';
import { useReportSummary } from '../api/summary';
import { rangeReversed, reportQuery } from '../lib/dashboard-view';
import { unitPath } from '../lib/unit-path';
import { useDashboardView } from '../lib/use-dashboard-view';
import { DashboardFilters } from './dashboard-filters';
import { HeadlineFigures } from './headline-figures';
import { OverdueList } from './overdue-list';
import { SkillsChart } from './skills-chart';
import { UnitBreadcrumb } from './unit-breadcrumb';
import { UnitBars } from './unit-bars';
import './dashboard.css';

/**
 * /staff/dashboard: a unit of the HR manager's subtree (their own at first) with its figures, its
 * child units as bars to drill into, its staff's digital skills against the target, and who is
 * overdue. The unit and the filters live in the URL, so the back button steps back up.
 */
export function DashboardScreen() {
  const t = useT();
  const { locale } = useLocale();
  const { view, href, change } = useDashboardView();
  const query = useMemo(() => (rangeReversed(view) ? null : reportQuery(view)), [view]);
  const summary = useReportSummary(query);
  const skills = useSkillsCoverage(view.unit);
  const overdue = useOverdue(query, view.page);
  const tree = useOrgTree();
  const names = useMemo(() => orgNames(tree.data ?? [], locale), [tree.data, locale]);
  // The server names units in the language of the reader's account; the tree has both.
  const nameOf = (unitId: string, fallback: string) => names.get(unitId) ?? fallback;
  const unitHref = (unit: string) => href({ unit });

  const unit = summary.data?.unit;
  const unitId = view.unit ?? unit?.orgUnitId ?? '';
  const unitName = nameOf(unitId, unit?.name ?? '');
  const path = useMemo(() => unitPath(tree.data ?? [], unitId), [tree.data, unitId]);

  return (
    <div className="page stack hr-dashboard">
      <h1 className="page__title">{t('staff.dashboard.title')}</h1>
      {unitName && <UnitBreadcrumb path={path} current={unitName} href={unitHref} />}
      <DashboardFilters view={view} unitId={unitId} onChange={change} />
      {query === null ? null : summary.isError && isNotFound(summary.error) ? (
        <Alert tone="error">
          <p>{t('staff.dashboard.unitGone')}</p>
          <p>
            <Link to={href({ unit: undefined })}>{t('staff.dashboard.backToOwn')}</Link>
          </p>
        </Alert>
      ) : summary.isError ? (
        <LoadError error={summary.error} onRetry={() => void summary.refetch()} busy={summary.isRefetching} />
      ) : !summary.data ? (
        <Loading paused={summary.isPaused} />
      ) : (
        <>
          <section className="stack" aria-labelledby="hr-unit" aria-busy={summary.isPlaceholderData || undefined}>
            <h2 id="hr-unit">{unitName}</h2>
            <HeadlineFigures row={summary.data.unit} />
          </section>
          <section className="stack" aria-labelledby="hr-children">
            <h2 id="hr-children">{t('staff.dashboard.units.title', { unit: unitName })}</h2>
            {summary.data.children.length ? (
              <>
                <p className="muted">{t('staff.dashboard.units.help')}</p>
                <UnitBars rows={summary.data.children} nameOf={nameOf} href={unitHref} />
              </>
            ) : (
              <p className="muted">{t('staff.dashboard.units.none', { unit: unitName })}</p>
            )}
          </section>
          <section className="stack" aria-labelledby="hr-skills">
            <h2 id="hr-skills">{t('staff.dashboard.skills.title')}</h2>
            <p className="muted">{t('staff.dashboard.skills.help', { unit: unitName })}</p>
            <QueryView query={skills} empty={(data) => !data.unit.learners} emptyText={t('staff.dashboard.skills.none', { unit: unitName })}>
              {(data) => <SkillsChart row={data.unit} />}
            </QueryView>
          </section>
          <section className="stack" aria-labelledby="hr-overdue">
            <h2 id="hr-overdue">{t('staff.dashboard.overdue.title')}</h2>
            <QueryView query={overdue}>{(data) => <OverdueList page={data} unitName={unitName} nameOf={nameOf} onPage={(page) => change({ page }, { replace: true })} />}</QueryView>
          </section>
        </>
      )}
    </div>
  );
}
