import { COURSE_CATEGORIES, type CourseCategory } from '@lms/contracts';

/** The server takes 1 to 100 characters of search text. */
export const MAX_QUERY_LENGTH = 100;

export interface CatalogueParams {
  category?: CourseCategory;
  q?: string;
}

export function isCategory(value: string | null): value is CourseCategory {
  return value !== null && (COURSE_CATEGORIES as readonly string[]).includes(value);
}

/** What was typed, as it is sent for `q`: spaces collapsed, at most 100 characters; undefined for nothing. */
export function normaliseQuery(text: string): string | undefined {
  const q = text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
  return q || undefined;
}

/** The catalogue's filter as the URL keeps it (?category=&q=). An unknown category is ignored. */
export function readCatalogueParams(params: URLSearchParams): CatalogueParams {
  const category = params.get('category');
  return { category: isCategory(category) ? category : undefined, q: normaliseQuery(params.get('q') ?? '') };
}

/** The URL's search params with the given parts of the filter changed; anything else stays. */
export function updateCatalogueParams(params: URLSearchParams, patch: CatalogueParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of ['category', 'q'] as const) {
    if (!(name in patch)) continue;
    const value = patch[name];
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}
