import type { CourseCategory } from '@lms/contracts';
import { useSearchParams } from '../../../lib/router';
import { Button, Card, LiveRegion, TextField } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { useCatalogue } from '../api/get-catalogue';
import { useSearchText } from '../hooks/use-search-text';
import { MAX_QUERY_LENGTH, normaliseQuery, readCatalogueParams, updateCatalogueParams } from '../lib/catalogue-params';
import { pluralCategory } from '../../../lib/dates';
import { formatNumber } from '../../../lib/numbers';
import { CategoryChips } from './category-chips';
import { CatalogueCard } from './catalogue-card';
import { LoadError, Loading } from '../../../components/ui';
import '../courses.css';

/**
 * /courses: published courses, filtered by category and searched (on the server, which segments
 * Lao). The filter lives in the URL, so back/forward and a reload keep it: a category is a new
 * history entry, while typing only replaces the current one.
 */
export function CatalogueScreen() {
  const t = useT();
  const { locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const filter = readCatalogueParams(params);
  const catalogue = useCatalogue({ ...filter, prefer: locale });

  const search = useSearchText(filter.q ?? '', (text) => setParams((current) => updateCatalogueParams(current, { q: normaliseQuery(text) }), { replace: true }));
  const selectCategory = (category?: CourseCategory) => setParams((current) => updateCatalogueParams(current, { category }));
  const showAll = () => {
    search.setText('');
    setParams((current) => updateCatalogueParams(current, { category: undefined, q: undefined }));
  };

  const pages = catalogue.data?.pages ?? [];
  const courses = pages.flatMap((page) => page.items);
  const total = pages.at(-1)?.total ?? 0;
  const filtered = Boolean(filter.category || filter.q);
  const updating = catalogue.isPlaceholderData;

  let status = '';
  if (updating) status = t('courses.catalogue.updating');
  else if (catalogue.isSuccess) status = t(`courses.catalogue.count.${pluralCategory(total, locale)}`, { count: formatNumber(total, locale) });

  return (
    <div className="page stack catalogue">
      <div className="catalogue__intro">
        <h1 className="page__title">{t('courses.catalogue.title')}</h1>
        <p className="muted">{t('courses.catalogue.intro')}</p>
      </div>

      <form
        role="search"
        className="catalogue__search"
        onSubmit={(event) => {
          event.preventDefault();
          search.flush();
        }}
      >
        <TextField
          type="search"
          name="q"
          label={t('courses.catalogue.searchLabel')}
          hint={t('courses.catalogue.searchHint')}
          value={search.text}
          onChange={(event) => search.setText(event.target.value)}
          maxLength={MAX_QUERY_LENGTH}
          enterKeyHint="search"
          autoComplete="off"
          spellCheck={false}
        />
      </form>

      <CategoryChips selected={filter.category} onSelect={selectCategory} />

      <div className="catalogue__status muted">
        <LiveRegion>{status}</LiveRegion>
      </div>

      {catalogue.isPending ? (
        <Loading paused={catalogue.isPaused}>{t('courses.catalogue.loading')}</Loading>
      ) : catalogue.isError && courses.length === 0 ? (
        <LoadError error={catalogue.error} onRetry={() => void catalogue.refetch()} busy={catalogue.isRefetching} />
      ) : courses.length === 0 ? (
        <Card className="catalogue__empty">
          {filtered ? (
            <>
              <p className="catalogue__empty-title">{t('courses.catalogue.empty')}</p>
              <p className="muted">{t('courses.catalogue.emptyHint')}</p>
              <Button variant="secondary" onClick={showAll}>
                {t('courses.catalogue.clearFilters')}
              </Button>
            </>
          ) : (
            <p className="catalogue__empty-title">{t('courses.catalogue.none')}</p>
          )}
        </Card>
      ) : (
        <>
          <ul className={['catalogue__list', updating ? 'catalogue__list--updating' : ''].filter(Boolean).join(' ')} aria-busy={updating || undefined}>
            {courses.map((course) => (
              <li key={course.id}>
                <CatalogueCard course={course} />
              </li>
            ))}
          </ul>
          {catalogue.isFetchNextPageError && <LoadError error={catalogue.error} onRetry={() => void catalogue.fetchNextPage()} busy={catalogue.isFetchingNextPage} />}
          {catalogue.hasNextPage && !updating && (
            <div className="catalogue__more">
              <p className="muted">{t('courses.catalogue.showing', { shown: formatNumber(courses.length, locale), total: formatNumber(total, locale) })}</p>
              {!catalogue.isFetchNextPageError && (
                <Button variant="secondary" block busy={catalogue.isFetchingNextPage} onClick={() => void catalogue.fetchNextPage()}>
                  {catalogue.isFetchingNextPage ? t('courses.catalogue.loadingMore') : t('courses.catalogue.showMore')}
                </Button>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
