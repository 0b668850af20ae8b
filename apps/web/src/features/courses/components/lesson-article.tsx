import type { LessonView } from '@lms/contracts';
import { useMemo, type MouseEvent } from 'react';
import { useDataSaver } from '../../../lib/data-saver';
import { useLocale, useT } from '../../../lib/i18n';
import { formatBytes } from '../../../lib/numbers';
import { prepareLessonHtml } from '../lib/lesson-html';
import { holdLessonMedia, showHeldMedia, type MediaKind } from '../lib/media-placeholders';

/** The lesson's text; with data saver on, each image, audio and video waits behind a button until tapped. */
export function LessonArticle({ lesson, lang }: { lesson: LessonView; lang?: string }) {
  const t = useT();
  const { locale } = useLocale();
  const dataSaver = useDataSaver();
  const { html, held } = useMemo(() => {
    const prepared = prepareLessonHtml(lesson.html, lesson.title, lesson.attachments);
    if (!dataSaver) return { html: prepared, held: [] };
    const label = (kind: MediaKind, bytes?: number) => (bytes === undefined ? t(`courses.media.${kind}`) : t(`courses.media.${kind}.sized`, { size: formatBytes(bytes, locale) }));
    return holdLessonMedia(prepared, lesson.attachments, label, locale);
  }, [lesson, dataSaver, t, locale]);

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-held]');
    if (button) showHeldMedia(button, held);
  };

  // The server rendered and sanitised this HTML (allow-list, no scripts, no styles). The click
  // handler only catches the placeholders' own (native, keyboard-operable) buttons.
  return <article className="lesson__body" lang={lang} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}
