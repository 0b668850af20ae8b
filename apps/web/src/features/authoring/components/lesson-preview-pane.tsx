import { Alert } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatBytes } from '../../../lib/numbers';
import { useLessonPreview } from '../api/lesson-preview';
import { LESSON_WEIGHT_LIMIT_BYTES } from '../lib/lesson-weight';

/**
 * The lesson as learners will get it: the server renders and sanitises the Markdown with the
 * renderer saving uses (POST /lessons/:id/preview, once typing pauses), so only HTML that passed
 * its allow-list reaches this page. Below it, what the lesson costs to download, with a warning
 * when that is heavy for a phone.
 */
export function LessonPreviewPane({ lessonId, markdown, attachments, savedBytes, lang }: { lessonId: string; markdown: string; attachments: number; savedBytes: number; lang: string }) {
  const t = useT();
  const { locale } = useLocale();
  const preview = useLessonPreview(lessonId, markdown, attachments);
  const bytes = preview.data?.downloadBytes ?? savedBytes;
  const heavy = bytes > LESSON_WEIGHT_LIMIT_BYTES;

  return (
    <section className="staff-lesson__preview stack" aria-labelledby="lesson-preview-title">
      <h2 id="lesson-preview-title">{t('staff.editor.lesson.preview')}</h2>
      <p className="muted" data-testid="lesson-weight">
        {t('staff.editor.lesson.weight', { size: formatBytes(bytes, locale) })}
      </p>
      {heavy && (
        <Alert tone="warning">
          <p>{t('staff.editor.lesson.heavy', { size: formatBytes(bytes, locale), limit: formatBytes(LESSON_WEIGHT_LIMIT_BYTES, locale) })}</p>
        </Alert>
      )}
      {preview.isError && (
        <Alert tone="warning">
          <p>{t('staff.editor.lesson.previewFailed')}</p>
        </Alert>
      )}
      {preview.data ? (
        <div className="staff-lesson__html" lang={lang} data-testid="lesson-preview" dangerouslySetInnerHTML={{ __html: preview.data.html }} />
      ) : (
        !preview.isError && <p className="muted">{t('staff.editor.lesson.previewWaiting')}</p>
      )}
    </section>
  );
}
