import { FEEDBACK_POLICIES, SCORE_POLICIES, type FeedbackPolicy, type QuizView, type ScorePolicy, type SelectionMode } from '@lms/contracts';
import { useState, type FormEvent } from 'react';
import { Alert, Button, LoadError, Loading, SelectField, TextField } from '../../../components/ui';
import { ApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { Announcement } from '../../../staff/components/announcement';
import { useCourseBanks, useInstituteBanks } from '../api/question-banks';
import { useQuizSettings, useUpdateQuiz, type QuizChanges } from '../api/quiz-settings';
import { readNumber } from '../lib/question-draft';
import { writeErrorMessage } from '../lib/write-error';
import './question-editor.css';

type Form = Record<'title' | 'questionBankId' | 'count' | 'category' | 'passPercent' | 'timeLimitMinutes' | 'maxAttempts', string> & {
  mode: SelectionMode;
  shuffle: boolean;
  shuffleOptions: boolean;
  scorePolicy: ScorePolicy;
  feedback: FeedbackPolicy;
  requiresOtherModules: boolean;
};
type Problems = Partial<Record<keyof Form, string>>;

const formOf = (q: QuizView): Form => ({
  title: q.title,
  questionBankId: q.questionBankId,
  mode: q.selection.mode,
  count: q.selection.count === undefined ? '' : String(q.selection.count),
  category: q.selection.category ?? '',
  passPercent: String(q.passPercent),
  timeLimitMinutes: q.timeLimitMinutes === null ? '' : String(q.timeLimitMinutes),
  maxAttempts: q.maxAttempts === null ? '' : String(q.maxAttempts),
  shuffle: q.shuffle,
  shuffleOptions: q.shuffleOptions,
  scorePolicy: q.scorePolicy,
  feedback: q.feedback,
  requiresOtherModules: q.requiresOtherModules,
});

const whole = (text: string, min: number, max: number) => (/^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max ? Number(text) : undefined);

/** The form's values as PATCH /quizzes/:id takes them, or what is wrong with them (the DTO's own bounds). */
function readForm(f: Form): { changes?: QuizChanges; problems: Problems } {
  const problems: Problems = {};
  const title = f.title.trim();
  if (!title) problems.title = 'required';
  else if ([...title].length > 200) problems.title = 'title';
  const count = f.mode === 'random' ? whole(f.count, 1, 500) : undefined;
  if (f.mode === 'random' && count === undefined) problems.count = 'count';
  if ([...f.category.trim()].length > 255) problems.category = 'category';
  const pass = readNumber(f.passPercent);
  if (pass === undefined || pass < 0 || pass > 100) problems.passPercent = 'pass';
  const time = f.timeLimitMinutes.trim() ? whole(f.timeLimitMinutes, 1, 600) : null;
  if (time === undefined) problems.timeLimitMinutes = 'time';
  const attempts = f.maxAttempts.trim() ? whole(f.maxAttempts, 1, 100) : null;
  if (attempts === undefined) problems.maxAttempts = 'attempts';
  if (Object.keys(problems).length) return { problems };
  const category = f.category.trim() || undefined;
  return {
    problems,
    changes: {
      title,
      questionBankId: f.questionBankId,
      selection: f.mode === 'random' ? { mode: 'random', count, ...(category ? { category } : {}) } : { mode: 'all', ...(category ? { category } : {}) },
      passPercent: pass,
      timeLimitMinutes: time ?? null,
      maxAttempts: attempts ?? null,
      shuffle: f.shuffle,
      shuffleOptions: f.shuffleOptions,
      scorePolicy: f.scorePolicy,
      feedback: f.feedback,
      requiresOtherModules: f.requiresOtherModules,
    },
  };
}

/** The server's 400 by field: class-validator's `{field, messages}`, or the quiz's own coded refusal about the selection. */
function serverFields(error: unknown): Problems {
  if (!(error instanceof ApiError) || error.statusCode !== 400) return {};
  const found: Problems = {};
  const names: Record<string, keyof Form> = { title: 'title', questionBankId: 'questionBankId', 'selection.count': 'count', 'selection.category': 'category', 'selection.mode': 'mode', selection: 'count', passPercent: 'passPercent', timeLimitMinutes: 'timeLimitMinutes', maxAttempts: 'maxAttempts' };
  for (const detail of error.details as { field?: string; code?: string }[]) {
    const name = detail.field && names[detail.field];
    if (name) found[name] = 'server';
    if (detail.code === 'assessments.quiz-invalid') found.count = 'server';
  }
  return found;
}

const PROBLEM_WORDS = {
  required: 'staff.form.required',
  title: 'staff.quiz.problem.title',
  count: 'staff.quiz.problem.count',
  category: 'staff.quiz.problem.category',
  pass: 'staff.quiz.problem.pass',
  time: 'staff.quiz.problem.time',
  attempts: 'staff.quiz.problem.attempts',
  server: 'staff.quiz.problem.server',
} as const;

/** A checkbox whose label holds its explanation too, so both are read with it. */
function Check({ label, hint, checked, onChange }: { label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="staff-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>
        {label}
        {hint && <span className="field__hint staff-check__hint">{hint}</span>}
      </span>
    </label>
  );
}

function SettingsForm({ quiz, lang, onSaved }: { quiz: QuizView; lang: string; onSaved: () => void }) {
  const t = useT();
  const update = useUpdateQuiz(quiz.id, quiz.courseId);
  const courseBanks = useCourseBanks(quiz.courseId);
  const instituteBanks = useInstituteBanks();
  const [form, setForm] = useState<Form>(() => formOf(quiz));
  const [problems, setProblems] = useState<Problems>({});
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const server = serverFields(update.error);
  const errorOf = (key: keyof Form) => {
    const code = problems[key] ?? server[key];
    return code ? t(PROBLEM_WORDS[code as keyof typeof PROBLEM_WORDS]) : undefined;
  };

  const banks = [...(courseBanks.data?.items ?? []), ...(instituteBanks.data ?? [])];
  const bankOptions = banks.map((b) => ({ value: b.id, label: b.courseId === null ? t('staff.quiz.instituteBank', { title: b.title }) : b.title, lang }));
  if (!banks.some((b) => b.id === form.questionBankId)) bankOptions.unshift({ value: form.questionBankId, label: t('staff.quiz.currentBank'), lang });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readForm(form);
    setProblems(read.problems);
    if (read.changes) update.mutate(read.changes, { onSuccess: onSaved });
  };

  return (
    <form className="staff-inline-form quiz-settings" onSubmit={submit} noValidate data-testid="quiz-settings-form">
      <TextField label={t('staff.quiz.title')} value={form.title} lang={lang} onChange={(e) => set('title', e.target.value)} error={errorOf('title')} />
      <SelectField label={t('staff.quiz.bank')} value={form.questionBankId} onChange={(e) => set('questionBankId', e.target.value)} options={bankOptions} />
      {errorOf('questionBankId') && <p className="field__error">{errorOf('questionBankId')}</p>}
      <div className="staff-form__row">
        <SelectField
          label={t('staff.quiz.selection')}
          value={form.mode}
          onChange={(e) => set('mode', e.target.value as SelectionMode)}
          options={[
            { value: 'all', label: t('staff.quiz.selection.all') },
            { value: 'random', label: t('staff.quiz.selection.random') },
          ]}
        />
        {form.mode === 'random' && <TextField label={t('staff.quiz.count')} inputMode="numeric" value={form.count} onChange={(e) => set('count', e.target.value)} error={errorOf('count')} />}
        <TextField label={t('staff.quiz.category')} hint={t('staff.quiz.categoryHint')} value={form.category} lang={lang} onChange={(e) => set('category', e.target.value)} error={errorOf('category')} />
      </div>
      <div className="staff-form__row">
        <TextField label={t('staff.quiz.pass')} inputMode="decimal" value={form.passPercent} onChange={(e) => set('passPercent', e.target.value)} error={errorOf('passPercent')} />
        <TextField label={t('staff.quiz.timeLimit')} hint={t('staff.quiz.timeLimitHint')} inputMode="numeric" value={form.timeLimitMinutes} onChange={(e) => set('timeLimitMinutes', e.target.value)} error={errorOf('timeLimitMinutes')} />
        <TextField label={t('staff.quiz.maxAttempts')} hint={t('staff.quiz.maxAttemptsHint')} inputMode="numeric" value={form.maxAttempts} onChange={(e) => set('maxAttempts', e.target.value)} error={errorOf('maxAttempts')} />
      </div>
      <div className="staff-form__row">
        <SelectField label={t('staff.quiz.scorePolicy')} value={form.scorePolicy} onChange={(e) => set('scorePolicy', e.target.value as ScorePolicy)} options={SCORE_POLICIES.map((value) => ({ value, label: t(`staff.quiz.scorePolicy.${value}`) }))} />
        <SelectField label={t('staff.quiz.feedback')} value={form.feedback} onChange={(e) => set('feedback', e.target.value as FeedbackPolicy)} options={FEEDBACK_POLICIES.map((value) => ({ value, label: t(`staff.quiz.feedback.${value}`) }))} />
      </div>
      <Check label={t('staff.quiz.shuffle')} checked={form.shuffle} onChange={(v) => set('shuffle', v)} />
      <Check label={t('staff.quiz.shuffleOptions')} checked={form.shuffleOptions} onChange={(v) => set('shuffleOptions', v)} />
      <Check label={t('staff.quiz.requiresOtherModules')} hint={t('staff.quiz.requiresOtherModulesHint')} checked={form.requiresOtherModules} onChange={(v) => set('requiresOtherModules', v)} />
      {update.isError && (
        <Alert tone="error">
          <p>{writeErrorMessage(t, update.error, { 404: 'staff.quiz.bankGone' })}</p>
          {update.error instanceof ApiError && update.error.statusCode === 400 && <p lang="en">{update.error.message}</p>}
        </Alert>
      )}
      <Button type="submit" busy={update.isPending}>
        {t('staff.quiz.save')}
      </Button>
    </form>
  );
}

/** "Settings" on a quiz's row of the outline: opens its settings (GET /quizzes/:id) below the row. */
export function QuizSettingsToggle({ quizId, title, lang }: { quizId: string; title: string; lang: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string>();
  return (
    <>
      <Button variant="ghost" aria-expanded={open} aria-label={t('staff.quiz.settingsOf', { title })} onClick={() => {
          setOpen(!open);
          setMessage(undefined);
        }}>
        {t('staff.quiz.settings')}
      </Button>
      <div className="quiz-settings__panel">
        {open && (
          <QuizSettingsPanel
            quizId={quizId}
            lang={lang}
            onSaved={() => {
              setOpen(false);
              setMessage(t('staff.quiz.saved', { title }));
            }}
          />
        )}
        <Announcement message={message} />
      </div>
    </>
  );
}

function QuizSettingsPanel({ quizId, lang, onSaved }: { quizId: string; lang: string; onSaved: () => void }) {
  const quiz = useQuizSettings(quizId);
  if (quiz.isError) return <LoadError error={quiz.error} onRetry={() => void quiz.refetch()} />;
  if (!quiz.data) return <Loading paused={quiz.isPaused} />;
  return <SettingsForm key={quiz.data.id} quiz={quiz.data} lang={lang} onSaved={onSaved} />;
}
