import { QUESTION_TYPES, type QuestionBankView, type QuestionType, type QuestionView } from '@lms/contracts';
import { useState } from 'react';
import { Alert, Button, LoadError, Loading, SelectField } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { Announcement } from '../../../staff/components/announcement';
import { Pager } from '../../../staff/components/pager';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { QUESTIONS_PAGE_SIZE, useArchiveQuestion, useBankQuestions, useQuestion } from '../api/question-items';
import { QuestionForm } from './question-form';
import { QuestionPreview } from './question-preview';
import './question-editor.css';

type Open = { kind: 'new'; type: QuestionType } | { kind: 'edit'; id: string } | { kind: 'preview'; id: string } | { kind: 'archive'; id: string };

/** What a question is called in the list: its title, else the start of its text without markup. */
function label(q: QuestionView): string {
  if (q.title) return q.title;
  const text = q.prompt.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** The stored question, read again when opened to edit, so the form starts from its current version. */
function EditQuestion({ id, bank, courseId, lang, onSaved, onCancel }: { id: string; bank: QuestionBankView; courseId: string; lang: string; onSaved: (q: QuestionView, regraded: boolean) => void; onCancel: () => void }) {
  const question = useQuestion(id);
  if (question.isError) return <LoadError error={question.error} onRetry={() => void question.refetch()} />;
  if (!question.data) return <Loading paused={question.isPaused} />;
  return <QuestionForm key={`${id}.${question.data.version}`} bankId={bank.id} courseId={courseId} lang={lang} question={question.data} onSaved={onSaved} onCancel={onCancel} />;
}

/**
 * A bank's questions, a page at a time: preview each as a learner sees it and, where the author
 * may change the bank, add, edit (a new version) and archive. Another instructor's institute bank
 * is read-only.
 */
export function QuestionBankEditor({ bank, courseId, lang, writable }: { bank: QuestionBankView; courseId: string; lang: string; writable: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<Open>();
  const [newType, setNewType] = useState<QuestionType>('single_choice');
  const [message, setMessage] = useState<string>();
  const questions = useBankQuestions(bank.id, page);
  const archive = useArchiveQuestion(bank.id, courseId);

  const toggle = (next: Open) => {
    setMessage(undefined);
    archive.reset();
    setOpen(open && open.kind === next.kind && 'id' in open && 'id' in next && open.id === next.id ? undefined : next);
  };
  const saved = (q: QuestionView, regraded: boolean) => {
    setOpen(undefined);
    setMessage(t(regraded ? 'staff.questions.savedRegrade' : 'staff.questions.saved', { title: label(q) }));
  };
  const doArchive = (q: QuestionView) =>
    archive.mutate(q.id, {
      onSuccess: () => {
        setOpen(undefined);
        setMessage(t('staff.questions.archived', { title: label(q) }));
      },
    });

  return (
    <div className="stack question-bank" data-testid="question-bank-editor">
      {!writable && (
        <Alert tone="info">
          <p>{t('staff.questions.readOnly')}</p>
        </Alert>
      )}
      {questions.isError ? (
        <LoadError error={questions.error} onRetry={() => void questions.refetch()} />
      ) : !questions.data ? (
        <Loading paused={questions.isPaused} />
      ) : questions.data.items.length === 0 ? (
        <p className="muted">{t('staff.questions.none')}</p>
      ) : (
        <ol className="question-list" start={(page - 1) * QUESTIONS_PAGE_SIZE + 1}>
          {questions.data.items.map((q) => {
            const name = label(q);
            const shown = open && 'id' in open && open.id === q.id ? open.kind : undefined;
            return (
              <li key={q.id} className="question-list__item" data-testid="question-row">
                <div className="question-list__head">
                  <span className="staff-outline__kind">{t(`staff.questions.type.${q.type}`)}</span>
                  <span className="question-list__title" lang={lang}>
                    {name}
                  </span>
                  <span className="muted">{t('staff.questions.version', { version: formatNumber(q.version, locale) })}</span>
                  <span className="question-list__actions">
                    <Button variant="ghost" aria-expanded={shown === 'preview'} aria-label={t('staff.questions.previewOf', { title: name })} onClick={() => toggle({ kind: 'preview', id: q.id })}>
                      {t('staff.questions.preview')}
                    </Button>
                    {writable && (
                      <>
                        <Button variant="ghost" aria-expanded={shown === 'edit'} aria-label={t('staff.questions.editOf', { title: name })} onClick={() => toggle({ kind: 'edit', id: q.id })}>
                          {t('staff.questions.edit')}
                        </Button>
                        <Button variant="ghost" aria-expanded={shown === 'archive'} aria-label={t('staff.questions.archiveOf', { title: name })} onClick={() => toggle({ kind: 'archive', id: q.id })}>
                          {t('staff.questions.archive')}
                        </Button>
                      </>
                    )}
                  </span>
                </div>
                {shown === 'preview' && <QuestionPreview question={q} />}
                {shown === 'edit' && <EditQuestion id={q.id} bank={bank} courseId={courseId} lang={lang} onSaved={saved} onCancel={() => setOpen(undefined)} />}
                {shown === 'archive' && (
                  <div className="question-confirm" role="group" aria-label={t('staff.questions.archiveOf', { title: name })}>
                    <p>{t('staff.questions.archiveConfirm')}</p>
                    <WriteErrorAlert error={archive.error} byStatus={{ 403: 'staff.questions.readOnly', 404: 'staff.questions.gone' }} />
                    <div className="staff-form__actions">
                      <Button onClick={() => doArchive(q)} busy={archive.isPending}>
                        {t('staff.questions.archiveYes')}
                      </Button>
                      <Button variant="secondary" onClick={() => setOpen(undefined)}>
                        {t('staff.questions.cancel')}
                      </Button>
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {questions.data && <Pager page={page} pageSize={QUESTIONS_PAGE_SIZE} total={questions.data.total} onPage={setPage} />}
      <Announcement message={message} />
      {writable &&
        (open?.kind === 'new' ? (
          <QuestionForm bankId={bank.id} courseId={courseId} lang={lang} type={open.type} onSaved={saved} onCancel={() => setOpen(undefined)} />
        ) : (
          <div className="staff-form__row question-add">
            <SelectField label={t('staff.questions.newType')} value={newType} onChange={(e) => setNewType(e.target.value as QuestionType)} options={QUESTION_TYPES.map((value) => ({ value, label: t(`staff.questions.type.${value}`) }))} />
            <Button variant="secondary" onClick={() => toggle({ kind: 'new', type: newType })}>
              {t('staff.questions.add')}
            </Button>
          </div>
        ))}
    </div>
  );
}
