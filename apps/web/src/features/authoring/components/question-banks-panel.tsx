import type { QuestionBankView } from '@lms/contracts';
import { useState } from 'react';
import { Card, LoadError, Loading } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { useCourseBanks, useCreateBank } from '../api/question-banks';
import { ImportForm } from './import-form';
import { TitleForm } from './title-form';

/** A bank: its count, and the import, open at first while the bank is empty (and then as the author leaves it). */
function BankCard({ bank, courseId, lang }: { bank: QuestionBankView; courseId: string; lang: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [open, setOpen] = useState(bank.questionCount === 0);
  return (
    <Card titleLevel={3} title={<span lang={lang}>{bank.title}</span>} data-testid="question-bank">
      <p className="muted">{t('staff.banks.count', { count: formatNumber(bank.questionCount, locale) })}</p>
      <details className="staff-outline__add" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('staff.import.title')}</summary>
        <ImportForm courseId={courseId} bankId={bank.id} />
      </details>
    </Card>
  );
}

/** The course's question banks: each with its count and an import, and "New question bank". */
export function QuestionBanksPanel({ courseId, lang }: { courseId: string; lang: string }) {
  const t = useT();
  const banks = useCourseBanks(courseId);
  const create = useCreateBank(courseId);

  return (
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
  );
}
