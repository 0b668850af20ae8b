import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Alert, Button, SelectField, TextArea } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { WriteErrorAlert } from '../../../staff/components/write-error-alert';
import { useImportQuestions, type ImportOutcome, type QuestionFormat } from '../api/question-banks';
import { importProblemWords } from '../lib/question-import-problems';

/**
 * GIFT or Moodle XML into a bank: pasted, or read from a file into the same box so it can be
 * fixed there. The server checks every question first and imports all or nothing; its problems
 * are listed by line, and the text stays for the fix.
 */
export function ImportForm({ courseId, bankId }: { courseId: string; bankId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const importQuestions = useImportQuestions(courseId);
  const [format, setFormat] = useState<QuestionFormat>('gift');
  const [text, setText] = useState('');
  const [filename, setFilename] = useState<string>();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const [problem, setProblem] = useState<string>();

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFilename(file.name);
    if (/\.xml$/i.test(file.name)) setFormat('moodle-xml');
    setText(await file.text());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    if (!text.trim()) return setProblem(t('staff.import.empty'));
    setProblem(undefined);
    importQuestions.mutate({ bankId, format, text, filename }, { onSuccess: setOutcome });
  };

  return (
    <form className="staff-inline-form" onSubmit={submit} noValidate data-testid="import-form">
      <div className="staff-form__row">
        <SelectField label={t('staff.import.format')} value={format} onChange={(e) => setFormat(e.target.value as QuestionFormat)} options={[{ value: 'gift', label: 'GIFT' }, { value: 'moodle-xml', label: 'Moodle XML' }]} />
        {/* The browser's own file button speaks its own language: ours, in the catalogue's words, stands in for it. */}
        <div className="field staff-file">
          <label className="btn btn--secondary staff-file__button">
            {t('staff.import.file')}
            <input className="staff-file__input" type="file" accept=".gift,.txt,.xml,text/plain,application/xml" onChange={(e) => void readFile(e)} />
          </label>
          {filename && <span className="muted">{filename}</span>}
        </div>
      </div>
      <TextArea label={t('staff.import.text')} value={text} onChange={(e) => setText(e.target.value)} error={problem} rows={10} spellCheck={false} className="staff-code" />
      {outcome?.ok && (
        <Alert tone="success">
          <p>{t('staff.import.done', { count: formatNumber(outcome.imported, locale) })}</p>
        </Alert>
      )}
      {outcome && !outcome.ok && (
        <Alert tone="error">
          <p>{t('staff.import.failed')}</p>
          <ul data-testid="import-errors">
            {outcome.errors.map((e, i) => {
              // The kind of problem in the reader's words, then the server's own sentence with the specifics.
              const words = importProblemWords(e);
              return (
                <li key={i}>
                  <strong>{t('staff.import.line', { line: formatNumber(e.line, locale) })}</strong>: {words && <>{t(words)} </>}
                  <span lang="en">{e.message}</span>
                </li>
              );
            })}
          </ul>
        </Alert>
      )}
      <WriteErrorAlert error={importQuestions.error} />
      <Button type="submit" busy={importQuestions.isPending}>
        {t('staff.import.submit')}
      </Button>
    </form>
  );
}
