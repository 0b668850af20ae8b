import { EXPORT_FORMATS, EXPORT_KINDS, type ExportFormat, type ExportKind, type ExportView } from '@lms/contracts';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, SelectField } from '../../../components/ui';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useLocale, useT } from '../../../lib/i18n';
import { formatBytes, formatNumber } from '../../../lib/numbers';
import { saveBlob } from '../../../lib/save-blob';
import { Announcement } from '../../../staff/components/announcement';
import { QueryView } from '../../../staff/components/query-view';
import { StaffTable } from '../../../staff/components/staff-table';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { writeErrorMessage } from '../../authoring/lib/write-error';
import { usePublishedCourses } from '../api/assignments';
import { downloadExport, useMyExports, useRequestExport } from '../api/exports';
import { useOrgTree } from '../api/org-tree';
import { useOrgNames } from '../hooks/use-org-names';
import { orgOptions } from '../lib/org-options';

/**
 * /staff/exports: choose a report, its file type, the unit and perhaps one course; the worker
 * makes it, the list follows its progress, says when it is ready, and downloads it.
 */
export function ExportsScreen() {
  const t = useT();
  const [announcement, setAnnouncement] = useState('');
  const exports = useMyExports();
  useReadyAnnouncements(exports.data, setAnnouncement);

  return (
    <div className="page stack">
      <h1 className="page__title">{t('staff.exports.title')}</h1>
      <ExportForm onRequested={() => setAnnouncement(t('staff.exports.requested'))} />
      <Announcement message={announcement} tone="info" />
      <h2>{t('staff.exports.mine')}</h2>
      <QueryView query={exports} empty={(data) => data.length === 0} emptyText={t('staff.exports.none')}>
        {(data) => <ExportList items={data} />}
      </QueryView>
    </div>
  );
}

/** Says so when an export this page watched being made is ready (the notification says it elsewhere). */
function useReadyAnnouncements(items: ExportView[] | undefined, announce: (message: string) => void) {
  const t = useT();
  const unfinished = useRef(new Set<string>());
  useEffect(() => {
    for (const item of items ?? []) {
      if (item.status === 'queued' || item.status === 'running') unfinished.current.add(item.id);
      else if (unfinished.current.delete(item.id) && item.status === 'done') announce(t('staff.exports.ready', { kind: t(`staff.exports.kindShort.${item.kind}`) }));
    }
  }, [items, announce, t]);
}

function ExportForm({ onRequested }: { onRequested: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const tree = useOrgTree();
  const courses = usePublishedCourses(locale);
  const request = useRequestExport();
  const [kind, setKind] = useState<ExportKind>('completions');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [orgUnitId, setOrgUnitId] = useState('');
  const [courseId, setCourseId] = useState('');
  const units = useMemo(() => orgOptions(tree.data ?? [], locale), [tree.data, locale]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unit = orgUnitId || units[0]?.value;
    request.mutate({ kind, format, ...(unit ? { orgUnitId: unit } : {}), ...(courseId ? { courseId } : {}) }, { onSuccess: onRequested });
  };

  return (
    <form className="card staff-form stack" onSubmit={submit} noValidate data-testid="export-form">
      <SelectField label={t('staff.exports.kind')} value={kind} onChange={(e) => setKind(e.target.value as ExportKind)} options={EXPORT_KINDS.map((k) => ({ value: k, label: t(`staff.exports.kind.${k}`) }))} />
      <div className="staff-form__row">
        <SelectField label={t('staff.exports.unit')} value={orgUnitId || units[0]?.value || ''} onChange={(e) => setOrgUnitId(e.target.value)} options={units} />
        <SelectField
          label={t('staff.exports.course')}
          value={courseId}
          onChange={(e) => setCourseId(e.target.value)}
          options={[{ value: '', label: t('staff.exports.allCourses') }, ...(courses.data?.items ?? []).map((c) => ({ value: c.id, label: c.title, lang: c.locale }))]}
        />
        <SelectField label={t('staff.exports.format')} value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} options={EXPORT_FORMATS.map((f) => ({ value: f, label: t(`staff.exports.format.${f}`) }))} />
      </div>
      <WriteErrorAlert error={request.error} />
      <div>
        <Button type="submit" busy={request.isPending}>
          {t('staff.exports.submit')}
        </Button>
      </div>
    </form>
  );
}

function ExportList({ items }: { items: ExportView[] }) {
  const t = useT();
  const { locale } = useLocale();
  const names = useOrgNames();
  return (
    <StaffTable testId="exports" columns={[t('staff.exports.kind'), t('staff.exports.unit'), t('staff.exports.made'), t('staff.exports.format'), { label: t('staff.exports.download'), hidden: true }]}>
      {items.map((item) => (
        <tr key={item.id} data-status={item.status}>
          <td>{t(`staff.exports.kindShort.${item.kind}`)}</td>
          <td>{names.get(item.orgUnitId) ?? ''}</td>
          <td>{formatDateTime(item.createdAt, locale)}</td>
          <td>{item.format.toUpperCase()}</td>
          <td>
            <ExportOutcome item={item} />
          </td>
        </tr>
      ))}
    </StaffTable>
  );
}

function ExportOutcome({ item }: { item: ExportView }) {
  const t = useT();
  const { locale } = useLocale();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (item.status !== 'done') {
    return (
      <>
        <span className={`export-status export-status--${item.status}`}>{t(`staff.exports.status.${item.status}`)}</span>
        {item.status === 'failed' && <p className="muted">{t('staff.exports.failedHelp')}</p>}
      </>
    );
  }
  if (new Date(item.expiresAt).getTime() <= Date.now()) return <span className="export-status">{t('staff.exports.expired')}</span>;

  const kind = t(`staff.exports.kindShort.${item.kind}`);
  const download = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      // The file's name as the server gives it: lane-<kind>-<day>.<format>.
      saveBlob(await downloadExport(item.id), `lane-${item.kind}-${item.createdAt.slice(0, 10)}.${item.format}`);
    } catch (error) {
      setProblem(writeErrorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-outcome">
      <span className="export-status export-status--done">{t('staff.exports.status.done')}</span>
      <span className="muted">
        {t('staff.exports.rows', { count: formatNumber(item.rowCount ?? 0, locale), size: formatBytes(item.bytes ?? 0, locale) })} · {t('staff.exports.expires', { date: formatDate(item.expiresAt, locale) })}
      </span>
      <Button variant="secondary" busy={busy} onClick={() => void download()} aria-label={t('staff.exports.downloadLabel', { kind, date: formatDateTime(item.createdAt, locale) })}>
        {t('staff.exports.download')}
      </Button>
      {problem && (
        <Alert tone="error">
          <p>{problem}</p>
        </Alert>
      )}
    </div>
  );
}
