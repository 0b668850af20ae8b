import { describe, expect, it } from '@jest/globals';
import type { CourseDetail } from '@lms/contracts';
import { firstUnfinished, flattenOutline, neighbours, withItemCompleted } from './outline';

const course = {
  id: 'c',
  enrolment: { id: 'e', status: 'in_progress', progressPercent: 20, dueAt: null, completedAt: null, overdue: false, completedItemIds: ['l1'] },
  modules: [
    { id: 'm2', title: 'Two', position: 2, items: [{ id: 'l3', kind: 'lesson', title: 'L3', position: 1 }] },
    {
      id: 'm1',
      title: 'One',
      position: 1,
      items: [
        { id: 's1', kind: 'scorm', title: 'S1', position: 2 },
        { id: 'l1', kind: 'lesson', title: 'L1', position: 1, completed: true },
        { id: 'q1', kind: 'quiz', title: 'Q1', position: 3 },
      ],
    },
  ],
} as unknown as CourseDetail;

describe('the course outline', () => {
  it('runs through the modules and items by position, with paths for what the app can open', () => {
    expect(flattenOutline(course).map((e) => [e.number, e.item.id, e.done, e.path])).toEqual([
      [1, 'l1', true, '/courses/c/lessons/l1'],
      [2, 's1', false, '/courses/c/scorm/s1'],
      [3, 'q1', false, '/courses/c/quizzes/q1'],
      [4, 'l3', false, '/courses/c/lessons/l3'],
    ]);
  });

  it('continues at the first item not done, a SCORM activity included', () => {
    expect(firstUnfinished(flattenOutline(course))?.item.id).toBe('s1');
  });

  it('finds previous and next items, activities included', () => {
    const { previous, next, current } = neighbours(flattenOutline(course), 'q1');
    expect([previous?.item.id, current?.item.id, next?.item.id]).toEqual(['s1', 'q1', 'l3']);
    expect(neighbours(flattenOutline(course), 'elsewhere')).toEqual({});
  });

  it('marks an item done with the enrolment the server answered', () => {
    const updated = withItemCompleted(course, 'q1', { id: 'e', status: 'in_progress', progressPercent: 60, dueAt: null, completedAt: null, overdue: false });
    expect(updated.enrolment).toMatchObject({ progressPercent: 60, completedItemIds: ['l1', 'q1'] });
    expect(firstUnfinished(flattenOutline(updated))?.item.id).toBe('s1');
  });
});
