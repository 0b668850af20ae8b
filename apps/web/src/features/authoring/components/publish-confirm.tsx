import type { PublishItemChange, PublishModuleChange, PublishPreview } from '@lms/contracts';
import { useEffect, useRef } from 'react';
import { Alert, Button, LoadError, Loading } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { usePublishPreview } from '../api/publish-preview';
import './question-editor.css';

function ChangeList({ title, changes, lang }: { title: string; changes: (PublishModuleChange | PublishItemChange)[]; lang: string }) {
  const t = useT();
  if (!changes.length) return null;
  return (
    <>
      <h3 className="publish-summary__heading">{title}</h3>
      <ul className="publish-summary__list">
        {changes.map((c) => (
          <li key={'itemId' in c ? c.itemId : c.moduleId} className={`publish-summary__change publish-summary__change--${c.change}`}>
            <strong>{t(`staff.publish.change.${c.change}`)}</strong>{' '}
            {'kind' in c && (
              <>
                <span className="staff-outline__kind">{t(`courses.kind.${c.kind}`)}</span>{' '}
              </>
            )}
            <span lang={lang}>{c.title}</span>
            {'moduleTitle' in c && (
              <span className="muted">
                {' '}
                · <span lang={lang}>{c.moduleTitle}</span>
              </span>
            )}
            {c.fields.length > 0 && <span className="muted"> ({c.fields.map((f) => t(`staff.publish.field.${f}`)).join(', ')})</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

function Summary({ preview, lang }: { preview: PublishPreview; lang: string }) {
  const t = useT();
  const { locale } = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const { learners, progress } = preview;
  return (
    <div className="publish-summary" data-testid="publish-summary">
      {preview.publishedVersion === null ? <p>{t('staff.publish.first')}</p> : !preview.hasChanges && <p>{t('staff.publish.nothing')}</p>}
      {preview.details.length > 0 && <p>{t('staff.publish.details', { fields: preview.details.map((f) => t(`staff.publish.detail.${f}`)).join(', ') })}</p>}
      <ChangeList title={t('staff.publish.modules')} changes={preview.modules} lang={lang} />
      <ChangeList title={t('staff.publish.items')} changes={preview.items} lang={lang} />
      <h3 className="publish-summary__heading">{t('staff.publish.learners')}</h3>
      <p data-testid="publish-learners">
        {learners.enrolled === 0 ? t('staff.publish.noLearners') : t('staff.publish.enrolled', { enrolled: n(learners.enrolled), inProgress: n(learners.inProgress), completed: n(learners.completed) })}
      </p>
      {progress.affected ? (
        <Alert tone="warning">
          <p data-testid="publish-progress">{t('staff.publish.progressAffected', { count: n(progress.learnersAffected) })}</p>
        </Alert>
      ) : (
        learners.enrolled > 0 && <p data-testid="publish-progress">{t('staff.publish.progressKept')}</p>
      )}
    </div>
  );
}

/**
 * Before publishing: what changes for learners compared with the published version, and whose
 * progress it touches (GET /courses/:id/publish-preview), then "Publish" or "Cancel".
 */
export function PublishConfirm({ courseId, lang, busy, onConfirm, onCancel }: { courseId: string; lang: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const t = useT();
  const preview = usePublishPreview(courseId);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="publish-confirm" aria-labelledby="publish-confirm-title" data-testid="publish-confirm">
      <h2 id="publish-confirm-title" ref={heading} tabIndex={-1}>
        {t('staff.publish.title')}
      </h2>
      {preview.isError ? <LoadError error={preview.error} onRetry={() => void preview.refetch()} /> : preview.data ? <Summary preview={preview.data} lang={lang} /> : <Loading paused={preview.isPaused} />}
      <div className="staff-form__actions">
        <Button onClick={onConfirm} busy={busy} disabled={!preview.data} data-testid="publish-confirm-yes">
          {t('staff.publish.confirm')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('staff.publish.cancel')}
        </Button>
      </div>
    </section>
  );
}
