import { QUESTION_TYPES, TEXT_FORMATS, type QuestionInput, type QuestionType, type QuestionView, type TextFormat } from '@lms/contracts';
import { useMemo, useRef, useEffect, useState, type FormEvent } from 'react';
import { Alert, SelectField, TextArea, TextField } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { FormActions } from '../../../staff/components/form-actions';
import { useSaveQuestion } from '../api/question-items';
import { answerKey, draftOf, emptyDraft, readDraft, type QuestionDraft } from '../lib/question-draft';
import { serverProblems } from '../lib/question-problems';
import { writeErrorMessage } from '../lib/write-error';
import { QuestionPreview } from './question-preview';
import { QuestionTypeFields } from './question-type-fields';

interface QuestionFormProps {
  bankId: string;
  courseId: string;
  lang: string;
  /** The question to change (its next version), or the type of a new one. */
  question?: QuestionView;
  type?: QuestionType;
  onSaved: (saved: QuestionView, regraded: boolean) => void;
  onCancel: () => void;
}

const ofStored = (q: QuestionView): QuestionInput => {
  const { id: _id, bankId: _bank, version: _version, updatedAt: _updated, ...input } = q;
  return input as QuestionInput;
};

/**
 * One question's form, whatever its type, with the learner's view of it beside. It checks what the
 * server checks before sending; what the server still refuses is shown by field. Changing a saved
 * question's answer key regrades the attempts already graded: the form says so before saving.
 */
export function QuestionForm({ bankId, courseId, lang, question, type = 'single_choice', onSaved, onCancel }: QuestionFormProps) {
  const t = useT();
  const save = useSaveQuestion(bankId, courseId);
  const [draft, setDraft] = useState<QuestionDraft>(() => (question ? draftOf(question) : emptyDraft(type)));
  const [checked, setChecked] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const { question: read, problems } = useMemo(() => readDraft(draft), [draft]);
  const server = serverProblems(save.error);
  const keyBefore = useMemo(() => (question ? answerKey(ofStored(question)) : undefined), [question]);
  const rekeyed = keyBefore !== undefined && answerKey(read) !== keyBefore;

  const change = (patch: Partial<QuestionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorAt = (path: string): string | undefined => {
    const own = checked ? problems[path] : undefined;
    if (own) return t(own.key, own.vars);
    return server?.fields[path] ? t('staff.questions.problem.server') : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(problems).length) return;
    save.mutate({ id: question?.id, question: read }, { onSuccess: (saved) => onSaved(saved, rekeyed) });
  };

  const serverSentences = server ? [...Object.values(server.fields), ...server.general] : [];
  return (
    <div className="question-editor">
      <form className="staff-inline-form question-editor__form" onSubmit={submit} noValidate data-testid="question-form">
        <h4 ref={heading} tabIndex={-1}>
          {question ? t('staff.questions.edit.title', { version: question.version }) : t('staff.questions.new.title')}
        </h4>
        {question ? (
          <p>
            <strong>{t('staff.questions.type')}</strong>: {t(`staff.questions.type.${draft.type}`)}
          </p>
        ) : (
          <SelectField label={t('staff.questions.type')} value={draft.type} onChange={(e) => change({ type: e.target.value as QuestionType })} options={QUESTION_TYPES.map((value) => ({ value, label: t(`staff.questions.type.${value}`) }))} />
        )}
        <TextArea label={t('staff.questions.prompt')} value={draft.prompt} lang={lang} rows={4} onChange={(e) => change({ prompt: e.target.value })} error={errorAt('prompt')} />
        <div className="staff-form__row">
          <SelectField label={t('staff.questions.format')} value={draft.format} onChange={(e) => change({ format: e.target.value as TextFormat })} options={TEXT_FORMATS.map((value) => ({ value, label: t(`staff.questions.format.${value}`) }))} />
          <TextField label={t('staff.questions.points')} inputMode="decimal" value={draft.points} onChange={(e) => change({ points: e.target.value })} error={errorAt('points')} />
        </div>
        <div className="staff-form__row">
          <TextField label={t('staff.questions.titleField')} hint={t('staff.questions.titleHint')} value={draft.title} lang={lang} onChange={(e) => change({ title: e.target.value })} error={errorAt('title')} />
          <TextField label={t('staff.questions.category')} hint={t('staff.questions.categoryHint')} value={draft.category} lang={lang} onChange={(e) => change({ category: e.target.value })} error={errorAt('category')} />
        </div>
        <QuestionTypeFields draft={draft} change={change} errorAt={errorAt} lang={lang} />
        <TextArea label={t('staff.questions.generalFeedback')} hint={t('staff.questions.generalFeedbackHint')} value={draft.generalFeedback} lang={lang} rows={2} onChange={(e) => change({ generalFeedback: e.target.value })} error={errorAt('generalFeedback')} />
        {checked && Object.keys(problems).length > 0 && (
          <Alert tone="error">
            <p>{t('staff.form.invalid')}</p>
          </Alert>
        )}
        {rekeyed && (
          <Alert tone="warning">
            <p data-testid="regrade-warning">{t('staff.questions.regradeWarning')}</p>
          </Alert>
        )}
        {save.isError && (
          <Alert tone="error">
            {server ? (
              <>
                <p>{t('staff.questions.problem.refused')}</p>
                <ul data-testid="server-problems">
                  {serverSentences.map((sentence) => (
                    <li key={sentence} lang="en">
                      {sentence}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{writeErrorMessage(t, save.error, { 403: 'staff.questions.readOnly', 404: 'staff.questions.gone' })}</p>
            )}
          </Alert>
        )}
        <FormActions submitLabel={rekeyed ? t('staff.questions.saveRegrade') : t('staff.questions.save')} busy={save.isPending} cancelLabel={t('staff.questions.cancel')} onCancel={onCancel} />
      </form>
      <QuestionPreview question={read} />
    </div>
  );
}
