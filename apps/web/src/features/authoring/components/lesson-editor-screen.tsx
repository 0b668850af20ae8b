import type { AttachmentView, CourseDetail, LessonView } from '@lms/contracts';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, LoadError, Loading, TextArea, TextField } from '../../../components/ui';
import { isNotFound } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { Link } from '../../../lib/router';
import { Announcement } from '../../../staff/components/announcement';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useDraftCourse } from '../api/draft-course';
import { useLesson, useSaveLesson } from '../api/lesson';
import { useUnsavedChanges } from '../hooks/use-unsaved-changes';
import { attachmentMarkdown, insertBlock } from '../lib/markdown-insert';
import { LessonImageUpload } from './lesson-image-upload';
import { LessonPreviewPane } from './lesson-preview-pane';
import '../authoring.css';

/** The form, once the lesson is loaded: what was saved is the baseline that "unsaved changes" is measured against. */
function LessonForm({ course, lesson }: { course: CourseDetail; lesson: LessonView }) {
  const t = useT();
  const save = useSaveLesson(course.id, lesson.id);
  const [title, setTitle] = useState(lesson.title);
  const [markdown, setMarkdown] = useState(lesson.markdown ?? '');
  const [problem, setProblem] = useState<string>();
  const [announcement, setAnnouncement] = useState<string>();
  const text = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);
  const dirty = title !== lesson.title || markdown !== (lesson.markdown ?? '');
  useUnsavedChanges(dirty, t('staff.editor.lesson.leave'));

  // After a picture goes in, the caret follows it, so typing carries on from there.
  useEffect(() => {
    if (caret.current === null || !text.current) return;
    text.current.focus();
    text.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [markdown]);

  const insert = (attachment: AttachmentView) => {
    const area = text.current;
    const start = area?.selectionStart ?? markdown.length;
    const end = area?.selectionEnd ?? start;
    const next = insertBlock(markdown, start, end, attachmentMarkdown(attachment));
    caret.current = next.caret;
    setMarkdown(next.text);
    setAnnouncement(t('staff.editor.lesson.imageAdded', { name: attachment.filename }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAnnouncement(undefined);
    const wanted = title.trim();
    if (!wanted) return setProblem(t('staff.form.required'));
    if (wanted.length > 200) return setProblem(t('staff.form.tooLong', { max: 200 }));
    setProblem(undefined);
    const change = { ...(wanted !== lesson.title ? { title: wanted } : {}), ...(markdown !== (lesson.markdown ?? '') ? { markdown } : {}) };
    if (!Object.keys(change).length) return setAnnouncement(t('staff.editor.lesson.saved'));
    save.mutate(change, {
      onSuccess: (saved) => {
        setTitle(saved.title);
        setAnnouncement(t('staff.editor.lesson.saved'));
      },
    });
  };

  return (
    <div className="staff-lesson">
      <form className="staff-form stack" onSubmit={submit} noValidate data-testid="lesson-form">
        <TextField label={t('staff.editor.lessonTitle')} value={title} onChange={(e) => setTitle(e.target.value)} error={problem} maxLength={250} lang={course.locale} />
        <TextArea
          ref={text}
          className="staff-code"
          label={t('staff.editor.lessonText')}
          hint={t('staff.editor.lesson.markdownHint')}
          value={markdown}
          onChange={(e) => setMarkdown(e.target.value)}
          rows={18}
          lang={course.locale}
          spellCheck
        />
        <LessonImageUpload lessonId={lesson.id} onUploaded={insert} />
        <WriteErrorAlert error={save.error} />
        <Announcement message={announcement} />
        <div className="staff-form__actions">
          <Button type="submit" busy={save.isPending} data-testid="save-lesson">
            {t('staff.editor.lesson.save')}
          </Button>
          {dirty && <span className="muted">{t('staff.editor.lesson.unsaved')}</span>}
        </div>
      </form>
      <LessonPreviewPane lessonId={lesson.id} markdown={markdown} attachments={lesson.attachments.length} savedBytes={lesson.downloadBytes} lang={course.locale} />
    </div>
  );
}

/** /staff/courses/:courseId?lesson=:lessonId: a lesson's title and Markdown, beside a preview that is what learners will get. */
export function LessonEditorScreen({ courseId, lessonId }: { courseId: string; lessonId: string }) {
  const t = useT();
  const course = useDraftCourse(courseId);
  const lesson = useLesson(lessonId);
  const outline = `/staff/courses/${encodeURIComponent(courseId)}`;
  const failed = course.error ?? lesson.error;

  return (
    <div className="page stack">
      <p>
        <Link to={outline}>{course.data ? <span lang={course.data.locale}>{course.data.title}</span> : t('staff.editor.lesson.back')}</Link>
      </p>
      <h1 className="page__title">{t('staff.editor.lesson.heading')}</h1>
      {course.data && lesson.data ? (
        <LessonForm key={lesson.data.id} course={course.data} lesson={lesson.data} />
      ) : failed && isNotFound(failed) ? (
        <p>{t('staff.notFound.body')}</p>
      ) : failed ? (
        <LoadError error={failed} onRetry={() => void Promise.all([course.refetch(), lesson.refetch()])} />
      ) : (
        <Loading paused={course.isPaused || lesson.isPaused} />
      )}
    </div>
  );
}
