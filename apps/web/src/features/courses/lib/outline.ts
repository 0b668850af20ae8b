import type { CourseDetail, CourseEnrolment, CourseOutlineItem, CourseOutlineModule, EnrolmentView } from '@lms/contracts';

/** An item of the outline with what the screens need to show and link it. */
export interface OutlineEntry {
  item: CourseOutlineItem;
  module: CourseOutlineModule;
  /** 1-based, across the whole course. */
  number: number;
  done: boolean;
  /** Where the item opens in this app; null for a kind it cannot open (SCORM). */
  path: string | null;
}

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

export function itemPath(courseId: string, item: Pick<CourseOutlineItem, 'id' | 'kind'>): string | null {
  const course = `/courses/${encodeURIComponent(courseId)}`;
  if (item.kind === 'lesson') return `${course}/lessons/${encodeURIComponent(item.id)}`;
  if (item.kind === 'quiz') return `${course}/quizzes/${encodeURIComponent(item.id)}`;
  return `${course}/scorm/${encodeURIComponent(item.id)}`;
}

export function isItemDone(item: CourseOutlineItem, enrolment: CourseEnrolment | undefined): boolean {
  return item.completed ?? enrolment?.completedItemIds.includes(item.id) ?? false;
}

/** The modules in order, each with its items in order. */
export function sortedModules(course: CourseDetail): CourseOutlineModule[] {
  return [...course.modules].sort(byPosition).map((module) => ({ ...module, items: [...module.items].sort(byPosition) }));
}

/** Every item of the course, in the order a learner goes through them. */
export function flattenOutline(course: CourseDetail): OutlineEntry[] {
  let number = 0;
  return sortedModules(course).flatMap((module) =>
    module.items.map((item) => ({ item, module, number: ++number, done: isItemDone(item, course.enrolment), path: itemPath(course.id, item) })),
  );
}

/** Where "Start"/"Continue" goes: the first item not done that this app can open. */
export function firstUnfinished(entries: readonly OutlineEntry[]): OutlineEntry | undefined {
  return entries.find((entry) => !entry.done && entry.path !== null);
}

/** The openable items either side of `itemId` in the outline. */
export function neighbours(entries: readonly OutlineEntry[], itemId: string): { current?: OutlineEntry; previous?: OutlineEntry; next?: OutlineEntry } {
  const index = entries.findIndex((entry) => entry.item.id === itemId);
  if (index < 0) return {};
  const openable = (entry: OutlineEntry) => entry.path !== null;
  return {
    current: entries[index],
    previous: entries.slice(0, index).reverse().find(openable),
    next: entries.slice(index + 1).find(openable),
  };
}

/** The course as it stands once `itemId` is done, with the enrolment's new figures from the server. */
export function withItemCompleted(course: CourseDetail, itemId: string, enrolment: Pick<EnrolmentView, 'id' | 'status' | 'progressPercent' | 'dueAt' | 'completedAt' | 'overdue'>): CourseDetail {
  const before = course.enrolment?.completedItemIds ?? [];
  return {
    ...course,
    modules: course.modules.map((module) => ({ ...module, items: module.items.map((item) => (item.id === itemId ? { ...item, completed: true } : item)) })),
    enrolment: {
      id: enrolment.id,
      status: enrolment.status,
      progressPercent: enrolment.progressPercent,
      dueAt: enrolment.dueAt,
      completedAt: enrolment.completedAt,
      overdue: enrolment.overdue,
      completedItemIds: before.includes(itemId) ? before : [...before, itemId],
    },
  };
}

/** The course with `itemId` done on this device only, not yet on the server: the tick and the progress it will make. */
export function withItemDoneOffline(course: CourseDetail, itemId: string): CourseDetail {
  const enrolment = course.enrolment;
  if (!enrolment || enrolment.completedItemIds.includes(itemId)) return course;
  const total = course.modules.reduce((n, module) => n + module.items.length, 0);
  const progressPercent = Math.round((100 * (enrolment.completedItemIds.length + 1)) / Math.max(1, total));
  return withItemCompleted(course, itemId, { ...enrolment, status: enrolment.status === 'not_started' ? 'in_progress' : enrolment.status, progressPercent });
}
