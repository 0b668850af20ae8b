import { COMPETENCE_AREAS, type CompetenceArea, type SkillsTarget } from '@lms/contracts';
import { useState, type FormEvent } from 'react';
import { Button, TextField } from '../../../components/ui';
import { formatDate } from '../../../lib/dates';
import { useLocale, useT } from '../../../lib/i18n';
import { formatDecimal } from '../../../lib/numbers';
import { Announcement } from '../../../staff/components/announcement';
import { QueryView } from '../../../staff/components/query-view';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useSaveSkillsTargets, useSkillsTargets } from '../api/skills-targets';
import { readPercent } from '../lib/read-percent';

/** Skills targets: the share of staff each DigComp area aims at, as percentages. */
export function SkillsTargetsPanel() {
  const t = useT();
  const targets = useSkillsTargets();
  const [announcement, setAnnouncement] = useState('');
  return (
    <div className="stack">
      <QueryView query={targets}>
        {(data) => (
          // A new form for each saved list: its fields start from what the server keeps.
          <TargetsForm key={data.map((x) => x.updatedAt).join()} targets={data} onSaved={() => setAnnouncement(t('staff.admin.skills.saved'))} onEdit={() => setAnnouncement('')} />
        )}
      </QueryView>
      <Announcement message={announcement} />
    </div>
  );
}

function TargetsForm({ targets, onSaved, onEdit }: { targets: SkillsTarget[]; onSaved: () => void; onEdit: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const save = useSaveSkillsTargets();
  const byArea = new Map(targets.map((x) => [x.area, x]));
  const [values, setValues] = useState<Record<CompetenceArea, string>>(() => Object.fromEntries(COMPETENCE_AREAS.map((area) => [area, formatDecimal((byArea.get(area)?.targetShare ?? 0) * 100, locale)])) as Record<CompetenceArea, string>);
  const [problems, setProblems] = useState<Partial<Record<CompetenceArea, string>>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onEdit();
    const found: Partial<Record<CompetenceArea, string>> = {};
    const read = COMPETENCE_AREAS.map((area) => {
      const percent = readPercent(values[area]);
      if (percent === null) found[area] = t('staff.admin.skills.rule');
      return { area, targetShare: (percent ?? 0) / 100 };
    });
    setProblems(found);
    if (Object.keys(found).length) return;
    save.mutate(read, { onSuccess: onSaved });
  };

  return (
    <form className="card staff-form stack" onSubmit={submit} noValidate data-testid="skills-targets">
      <p className="muted">{t('staff.admin.skills.intro')}</p>
      <div className="admin-targets">
        {COMPETENCE_AREAS.map((area) => {
          const current = byArea.get(area);
          return (
            <TextField
              key={area}
              label={t('staff.admin.skills.target', { area: t(`staff.dashboard.area.${area}`) })}
              hint={current ? t('staff.admin.skills.changed', { date: formatDate(current.updatedAt, locale) }) : undefined}
              inputMode="decimal"
              value={values[area]}
              onChange={(e) => setValues((v) => ({ ...v, [area]: e.target.value }))}
              error={problems[area]}
              className="staff-narrow"
            />
          );
        })}
      </div>
      <WriteErrorAlert error={save.error} />
      <div>
        <Button type="submit" busy={save.isPending}>
          {t('staff.admin.skills.save')}
        </Button>
      </div>
    </form>
  );
}
