import { COURSE_CATEGORIES, type CourseCategory } from '@lms/contracts';

/**
 * What the dashboard shows, kept in the URL's query so that a link, a reload and the back button
 * come back to it: the unit (none: the reader's own), the summary's filters and the overdue page.
 */
export interface DashboardView {
  unit?: string;
  course?: string;
  category?: CourseCategory;
  /** YYYY-MM-DD: enrolled on or after this day. */
  from?: string;
  /** YYYY-MM-DD: enrolled on or before this day. */
  to?: string;
  /** The page of the overdue list, from 1. */
  page: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isCategory = (value: string | null): value is CourseCategory => (COURSE_CATEGORIES as readonly (string | null)[]).includes(value);

/** The view a URL's query names; anything it cannot read is left out (the server would refuse it). */
export function readView(params: URLSearchParams): DashboardView {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const day = (name: string) => (DAY.test(params.get(name) ?? '') ? params.get(name)! : undefined);
  const category = params.get('category');
  const page = Number(params.get('page'));
  return {
    unit: text('unit'),
    course: text('course'),
    category: isCategory(category) ? category : undefined,
    from: day('from'),
    to: day('to'),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The URL query for a view ("?unit=…&course=…"), with nothing for what is left at its default. */
export function viewSearch(view: DashboardView): string {
  const params = new URLSearchParams();
  for (const name of ['unit', 'course', 'category', 'from', 'to'] as const) if (view[name]) params.set(name, view[name]);
  if (view.page > 1) params.set('page', String(view.page));
  return `?${params}`;
}

/** The API's query for the view's unit and filters (GET /reports/summary and /reports/overdue), without the page. */
export function reportQuery(view: DashboardView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.unit) params.set('orgUnitId', view.unit);
  if (view.course) params.set('courseId', view.course);
  if (view.category) params.set('category', view.category);
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  return params;
}

/** A date range that ends before it starts: nothing to ask the server for. */
export function rangeReversed(view: DashboardView): boolean {
  return !!view.from && !!view.to && view.from > view.to;
}
