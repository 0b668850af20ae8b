import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { CourseCategory, CourseSummary, Locale, Page } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface CatalogueFilter {
  category?: CourseCategory;
  q?: string;
  /** The reader's language: its courses come first. */
  prefer?: Locale;
}

/** Enough cards to fill a few phone screens without a long first download. */
export const CATALOGUE_PAGE_SIZE = 20;

/** GET /courses?category=&q=&prefer=&page=&pageSize=: one page of published courses. */
export function getCatalogue(filter: CatalogueFilter, page: number, signal?: AbortSignal): Promise<Page<CourseSummary>> {
  const params = new URLSearchParams();
  if (filter.category) params.set('category', filter.category);
  if (filter.q) params.set('q', filter.q);
  if (filter.prefer) params.set('prefer', filter.prefer);
  params.set('page', String(page));
  params.set('pageSize', String(CATALOGUE_PAGE_SIZE));
  return api.get<Page<CourseSummary>>(`/courses?${params.toString()}`, { signal });
}

/** The catalogue for a filter, page by page ("show more"); the last list stays up while a new filter loads. */
export function useCatalogue(filter: CatalogueFilter) {
  return useInfiniteQuery({
    queryKey: queryKeys.catalogue({ category: filter.category, q: filter.q, prefer: filter.prefer }),
    queryFn: ({ pageParam, signal }) => getCatalogue(filter, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => (pages.reduce((n, p) => n + p.items.length, 0) < last.total && last.items.length > 0 ? last.page + 1 : undefined),
    placeholderData: keepPreviousData,
  });
}
