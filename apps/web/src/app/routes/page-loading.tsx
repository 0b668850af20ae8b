import { useT } from '../../lib/i18n';

export function PageLoading() {
  const t = useT();
  return (
    <p className="page page-loading" role="status">
      {t('common.loading')}
    </p>
  );
}
