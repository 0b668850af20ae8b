import { useId, type ReactNode } from 'react';
import { Button, SelectField, TextArea, TextField } from '../../../components/ui';
import { useLocale, useT, type MessageKey } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { emptyNumeric, emptyPair, emptyPart, LIMITS, type NumericDraft, type PairDraft, type PartDraft, type QuestionDraft } from '../lib/question-draft';

export interface TypeFieldsProps {
  draft: QuestionDraft;
  change: (patch: Partial<QuestionDraft>) => void;
  /** The problem to show beside a field, by its path (`options[0].weight`). */
  errorAt: (path: string) => string | undefined;
  lang: string;
}

const replace = <T,>(list: T[], index: number, patch: Partial<T>) => list.map((item, i) => (i === index ? { ...item, ...patch } : item));
const without = <T,>(list: T[], index: number) => list.filter((_, i) => i !== index);

/** One row of a list (an option, an answer, a pair), named by its number, with its "remove" button. */
function Row({ legend, removeLabel, onRemove, canRemove, children }: { legend: string; removeLabel: string; onRemove: () => void; canRemove: boolean; children: ReactNode }) {
  return (
    <fieldset className="question-row">
      <legend className="question-row__legend">{legend}</legend>
      <div className="staff-form__row">{children}</div>
      {canRemove && (
        <Button variant="ghost" onClick={onRemove}>
          {removeLabel}
        </Button>
      )}
    </fieldset>
  );
}

/** A list's own problem (too few rows, no full marks), read after its rows. */
function ListProblem({ error }: { error?: string }) {
  return error ? <p className="field__error">{error}</p> : null;
}

interface PartWords {
  legend: MessageKey;
  text: MessageKey;
  weight: MessageKey;
  feedback: MessageKey;
  remove: MessageKey;
  add: MessageKey;
}
const OPTION_WORDS: PartWords = { legend: 'staff.questions.option.legend', text: 'staff.questions.option.text', weight: 'staff.questions.option.weight', feedback: 'staff.questions.option.feedback', remove: 'staff.questions.option.remove', add: 'staff.questions.option.add' };
const ANSWER_WORDS: PartWords = { legend: 'staff.questions.answer.legend', text: 'staff.questions.answer.text', weight: 'staff.questions.answer.weight', feedback: 'staff.questions.answer.feedback', remove: 'staff.questions.answer.remove', add: 'staff.questions.answer.add' };

/** Options (single and multiple choice) or accepted answers (short answer): a text, its marks in percent, a feedback. */
function PartsFields({ field, parts, words, onChange, errorAt, lang }: { field: 'options' | 'answers'; parts: PartDraft[]; words: PartWords; onChange: (parts: PartDraft[]) => void; errorAt: TypeFieldsProps['errorAt']; lang: string }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <>
      {parts.map((part, i) => {
        const number = formatNumber(i + 1, locale);
        return (
          <Row key={i} legend={t(words.legend, { number })} removeLabel={t(words.remove, { number })} canRemove={parts.length > 1} onRemove={() => onChange(without(parts, i))}>
            <TextField label={t(words.text, { number })} value={part.text} lang={lang} onChange={(e) => onChange(replace(parts, i, { text: e.target.value }))} error={errorAt(`${field}[${i}].text`)} />
            <TextField label={t(words.weight, { number })} inputMode="decimal" value={part.weight} onChange={(e) => onChange(replace(parts, i, { weight: e.target.value }))} error={errorAt(`${field}[${i}].weight`)} />
            <TextField label={t(words.feedback, { number })} value={part.feedback} lang={lang} onChange={(e) => onChange(replace(parts, i, { feedback: e.target.value }))} error={errorAt(`${field}[${i}].feedback`)} />
          </Row>
        );
      })}
      <ListProblem error={errorAt(field)} />
      <Button variant="secondary" onClick={() => onChange([...parts, emptyPart()])} disabled={parts.length >= LIMITS.maxParts}>
        {t(words.add)}
      </Button>
    </>
  );
}

function NumericFields({ parts, onChange, errorAt, lang }: { parts: NumericDraft[]; onChange: (parts: NumericDraft[]) => void; errorAt: TypeFieldsProps['errorAt']; lang: string }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <>
      {parts.map((part, i) => {
        const number = formatNumber(i + 1, locale);
        const set = (patch: Partial<NumericDraft>) => onChange(replace(parts, i, patch));
        const path = `answers[${i}]`;
        return (
          <Row key={i} legend={t('staff.questions.answer.legend', { number })} removeLabel={t('staff.questions.answer.remove', { number })} canRemove={parts.length > 1} onRemove={() => onChange(without(parts, i))}>
            <SelectField
              label={t('staff.questions.numeric.mode', { number })}
              value={part.mode}
              onChange={(e) => set({ mode: e.target.value as NumericDraft['mode'] })}
              options={[
                { value: 'exact', label: t('staff.questions.numeric.exact') },
                { value: 'range', label: t('staff.questions.numeric.range') },
              ]}
            />
            {part.mode === 'exact' ? (
              <>
                <TextField label={t('staff.questions.numeric.value', { number })} inputMode="decimal" value={part.value} onChange={(e) => set({ value: e.target.value })} error={errorAt(`${path}.value`)} />
                <TextField label={t('staff.questions.numeric.tolerance', { number })} inputMode="decimal" value={part.tolerance} onChange={(e) => set({ tolerance: e.target.value })} error={errorAt(`${path}.tolerance`)} />
              </>
            ) : (
              <>
                <TextField label={t('staff.questions.numeric.min', { number })} inputMode="decimal" value={part.min} onChange={(e) => set({ min: e.target.value })} error={errorAt(`${path}.min`)} />
                <TextField label={t('staff.questions.numeric.max', { number })} inputMode="decimal" value={part.max} onChange={(e) => set({ max: e.target.value })} error={errorAt(`${path}.max`)} />
              </>
            )}
            <TextField label={t('staff.questions.answer.weight', { number })} inputMode="decimal" value={part.weight} onChange={(e) => set({ weight: e.target.value })} error={errorAt(`${path}.weight`)} />
            <TextField label={t('staff.questions.answer.feedback', { number })} value={part.feedback} lang={lang} onChange={(e) => set({ feedback: e.target.value })} error={errorAt(`${path}.feedback`)} />
          </Row>
        );
      })}
      <ListProblem error={errorAt('answers')} />
      <Button variant="secondary" onClick={() => onChange([...parts, emptyNumeric()])} disabled={parts.length >= LIMITS.maxParts}>
        {t('staff.questions.answer.add')}
      </Button>
    </>
  );
}

function PairFields({ pairs, onChange, errorAt, lang }: { pairs: PairDraft[]; onChange: (pairs: PairDraft[]) => void; errorAt: TypeFieldsProps['errorAt']; lang: string }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <>
      <p className="field__hint">{t('staff.questions.pair.hint')}</p>
      {pairs.map((pair, i) => {
        const number = formatNumber(i + 1, locale);
        return (
          <Row key={i} legend={t('staff.questions.pair.legend', { number })} removeLabel={t('staff.questions.pair.remove', { number })} canRemove={pairs.length > 1} onRemove={() => onChange(without(pairs, i))}>
            <TextField label={t('staff.questions.pair.prompt', { number })} value={pair.prompt} lang={lang} onChange={(e) => onChange(replace(pairs, i, { prompt: e.target.value }))} error={errorAt(`pairs[${i}].prompt`)} />
            <TextField label={t('staff.questions.pair.answer', { number })} value={pair.answer} lang={lang} onChange={(e) => onChange(replace(pairs, i, { answer: e.target.value }))} error={errorAt(`pairs[${i}].answer`)} />
          </Row>
        );
      })}
      <ListProblem error={errorAt('pairs')} />
      <Button variant="secondary" onClick={() => onChange([...pairs, emptyPair()])} disabled={pairs.length >= LIMITS.maxParts}>
        {t('staff.questions.pair.add')}
      </Button>
    </>
  );
}

function TrueFalseFields({ draft, change, errorAt, lang }: TypeFieldsProps) {
  const t = useT();
  const name = useId();
  return (
    <>
      <fieldset className="question-row">
        <legend className="question-row__legend">{t('staff.questions.trueFalse.correct')}</legend>
        {[true, false].map((value) => (
          <label className="staff-check" key={String(value)}>
            <input type="radio" name={name} checked={draft.correct === value} onChange={() => change({ correct: value })} />
            {t(value ? 'staff.questions.trueFalse.true' : 'staff.questions.trueFalse.false')}
          </label>
        ))}
      </fieldset>
      <div className="staff-form__row">
        <TextField label={t('staff.questions.trueFalse.trueFeedback')} value={draft.trueFeedback} lang={lang} onChange={(e) => change({ trueFeedback: e.target.value })} error={errorAt('trueFeedback')} />
        <TextField label={t('staff.questions.trueFalse.falseFeedback')} value={draft.falseFeedback} lang={lang} onChange={(e) => change({ falseFeedback: e.target.value })} error={errorAt('falseFeedback')} />
      </div>
    </>
  );
}

/** The fields of the question's own type: its options, answers, pairs or marking guide. */
export function QuestionTypeFields(props: TypeFieldsProps) {
  const t = useT();
  const { draft, change, errorAt, lang } = props;
  switch (draft.type) {
    case 'single_choice':
    case 'multiple_choice':
      return (
        <>
          <p className="field__hint">{t(draft.type === 'single_choice' ? 'staff.questions.option.hintSingle' : 'staff.questions.option.hintMultiple')}</p>
          <PartsFields field="options" parts={draft.options} words={OPTION_WORDS} onChange={(options) => change({ options })} errorAt={errorAt} lang={lang} />
        </>
      );
    case 'true_false':
      return <TrueFalseFields {...props} />;
    case 'short_answer':
      return (
        <>
          <p className="field__hint">{t('staff.questions.answer.hintShort')}</p>
          <PartsFields field="answers" parts={draft.answers} words={ANSWER_WORDS} onChange={(answers) => change({ answers })} errorAt={errorAt} lang={lang} />
          <label className="staff-check">
            <input type="checkbox" checked={draft.caseSensitive} onChange={(e) => change({ caseSensitive: e.target.checked })} />
            {t('staff.questions.answer.caseSensitive')}
          </label>
        </>
      );
    case 'numeric':
      return <NumericFields parts={draft.numeric} onChange={(numeric) => change({ numeric })} errorAt={errorAt} lang={lang} />;
    case 'matching':
      return <PairFields pairs={draft.pairs} onChange={(pairs) => change({ pairs })} errorAt={errorAt} lang={lang} />;
    case 'essay':
      return <TextArea label={t('staff.questions.essay.graderInfo')} hint={t('staff.questions.essay.graderInfoHint')} value={draft.graderInfo} lang={lang} rows={4} onChange={(e) => change({ graderInfo: e.target.value })} error={errorAt('graderInfo')} />;
  }
}
