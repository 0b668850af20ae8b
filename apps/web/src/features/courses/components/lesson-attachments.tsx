import type { AttachmentView } from '@lms/contracts';
import { useId } from 'react';
import { useLocale, useT } from '../../../lib/i18n';
import { formatBytes } from '../../../lib/numbers';
import { DownloadIcon } from './icons';

/** The lesson's files, each a download link with its size, so a learner on mobile data knows the cost first. */
export function LessonAttachments({ attachments }: { attachments: readonly AttachmentView[] }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  if (attachments.length === 0) return null;
  return (
    <section className="lesson-files" aria-labelledby={titleId}>
      <h2 className="lesson-files__title" id={titleId}>
        {t('courses.lesson.attachments')}
      </h2>
      <ul className="list-grid">
        {attachments.map((attachment) => (
          <li key={attachment.id}>
            <a className="lesson-file" href={attachment.url} download={attachment.filename} type={attachment.contentType}>
              <span className="lesson-file__icon">
                <DownloadIcon />
              </span>
              <span className="lesson-file__text">
                <span className="lesson-file__name">{attachment.filename}</span>
                <span className="lesson-file__meta">{t('courses.lesson.attachmentMeta', { size: formatBytes(attachment.sizeBytes, locale) })}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
