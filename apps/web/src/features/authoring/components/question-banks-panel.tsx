import type { QuestionBankView, SessionUser } from '@lms/contracts';
import { useState, type ReactNode } from 'react';
import { Card, LoadError, Loading } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { useUser } from '../../auth/hooks/use-session';
import { useCourseBanks, useCreateBank, useInstituteBanks } from '../api/question-banks';
import { ImportForm } from './import-form';
import { QuestionBankEditor } from './question-bank-editor';
import { TitleForm } from './title-form';

/** A course's bank is its authors'; an institute bank only its maker's and the admins' to change (the server says the same). */
const mayChange = (bank: QuestionBankView, user: SessionUser | null) => bank.courseId !== null || !!user?.roles.includes('admin') || (!!user && bank.createdBy === user.id);

/** A section that is built only once opened, and stays as the author leaves it. */
function Disclosure({ summary, initiallyOpen = false, children }: { summary: string; initiallyOpen?: boolean; children: () => ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className="staff-outline__add" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}

/** A bank: its count, its questions (to preview and, if the author may, to change) and the import, open at first while the bank is empty. */
function BankCard({ bank, courseId, lang }: { bank: QuestionBankView; courseId: string; lang: string }) {
  const t = useT();
  const { locale } = useLocale();
  const writable = mayChange(bank, useUser());
  return (
    <Card titleLevel={3} title={<span lang={lang}>{bank.title}</span>} data-testid="question-bank">
      <p className="muted">{t('staff.banks.count', { count: formatNumber(bank.questionCount, locale) })}</p>
      <Disclosure summary={t('staff.questions.title')}>{() => <QuestionBankEditor bank={bank} courseId={courseId} lang={lang} writable={writable} />}</Disclosure>
      {writable && (
        <Disclosure summary={t('staff.import.title')} initiallyOpen={bank.questionCount === 0}>
          {() => <ImportForm courseId={courseId} bankId={bank.id} />}
        </Disclosure>
      )}
    </Card>
  );
}

/** The institute's banks, which any course's quizzes may draw on: listed for reading, and for changing by their makers. */
function InstituteBanks({ courseId, lang }: { courseId: string; lang: string }) {
  const t = useT();
  const banks = useInstituteBanks();
  if (banks.isError) return <LoadError error={banks.error} onRetry={() => void banks.refetch()} />;
  if (!banks.data) return <Loading paused={banks.isPaused} />;
  if (!banks.data.length) return null;
  return (
    <section className="stack" aria-labelledby="institute-banks-title">
      <h2 id="institute-banks-title">{t('staff.questions.institute')}</h2>
      {banks.data.map((bank) => (
        <BankCard key={bank.id} bank={bank} courseId={courseId} lang={lang} />
      ))}
    </section>
  );
}

/** The course's question banks: each with its count, its questions and an import, and "New question bank"; then the institute's. */
export function QuestionBanksPanel({ courseId, lang }: { courseId: string; lang: string }) {
  const t = useT();
  const banks = useCourseBanks(courseId);
  const create = useCreateBank(courseId);

  return (
    <>
      <section className="stack" aria-labelledby="banks-title">
        <h2 id="banks-title">{t('staff.banks.title')}</h2>
        {banks.data ? (
          banks.data.items.length === 0 ? (
            <p className="muted">{t('staff.banks.none')}</p>
          ) : (
            banks.data.items.map((bank) => <BankCard key={bank.id} bank={bank} courseId={courseId} lang={lang} />)
          )
        ) : banks.isError ? (
          <LoadError error={banks.error} onRetry={() => void banks.refetch()} />
        ) : (
          <Loading paused={banks.isPaused} />
        )}
        <Card titleLevel={3} title={t('staff.banks.new')}>
          <TitleForm titleLabel={t('staff.banks.name')} submitLabel={t('staff.banks.new')} lang={lang} busy={create.isPending} onAdd={(title) => create.mutateAsync(title)} />
        </Card>
      </section>
      <InstituteBanks courseId={courseId} lang={lang} />
    </>
  );
}
