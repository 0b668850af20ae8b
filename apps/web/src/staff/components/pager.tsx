import { Button } from '../../components/ui';
import { useLocale, useT } from '../../lib/i18n';
import { formatNumber } from '../../lib/numbers';

/** Previous and next page of a staff list; nothing when everything fits on one page. */
export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  return (
    <nav className="staff-pager" aria-label={t('staff.pager.label')}>
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('staff.pager.previous')}
      </Button>
      <span>{t('staff.pager.position', { page: formatNumber(page, locale), pages: formatNumber(pages, locale) })}</span>
      <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('staff.pager.next')}
      </Button>
    </nav>
  );
}
