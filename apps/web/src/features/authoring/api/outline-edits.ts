import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CourseItemKind } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { draftCourseKey } from './draft-course';

/** What the outline editor changes; each answer is followed by a fresh read of the draft. */
export type OutlineEdit =
  | { kind: 'add-module'; title: string }
  | { kind: 'add-lesson'; moduleId: string; title: string; markdown: string }
  | { kind: 'add-quiz'; moduleId: string; title: string; questionBankId: string; passPercent: number }
  | { kind: 'rename-module'; moduleId: string; title: string }
  | { kind: 'move-module'; moduleId: string; position: number }
  | { kind: 'move-item'; itemKind: CourseItemKind; itemId: string; position: number };

const ITEM_PATHS: Partial<Record<CourseItemKind, string>> = { lesson: 'lessons', quiz: 'quizzes', scorm: 'scorm-items' };

/** The items the API can move (PATCH …/:id with `position`): lessons, quizzes and SCORM items. */
export const canMove = (kind: CourseItemKind) => kind in ITEM_PATHS;

function send(courseId: string, edit: OutlineEdit): Promise<unknown> {
  switch (edit.kind) {
    case 'add-module':
      return api.post(`/courses/${encodeURIComponent(courseId)}/modules`, { title: edit.title });
    case 'add-lesson':
      return api.post(`/modules/${encodeURIComponent(edit.moduleId)}/lessons`, { title: edit.title, markdown: edit.markdown });
    case 'add-quiz':
      return api.post(`/modules/${encodeURIComponent(edit.moduleId)}/quizzes`, { title: edit.title, questionBankId: edit.questionBankId, selection: { mode: 'all' }, passPercent: edit.passPercent });
    case 'rename-module':
      return api.patch(`/modules/${encodeURIComponent(edit.moduleId)}`, { title: edit.title });
    case 'move-module':
      return api.patch(`/modules/${encodeURIComponent(edit.moduleId)}`, { position: edit.position });
    case 'move-item':
      return api.patch(`/${ITEM_PATHS[edit.itemKind]}/${encodeURIComponent(edit.itemId)}`, { position: edit.position });
  }
}

/** POST /courses/:id/modules, POST /modules/:id/lessons|quizzes, PATCH /modules/:id, PATCH /lessons|quizzes|scorm-items/:id. */
export function useOutlineEdit(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (edit: OutlineEdit) => send(courseId, edit),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: draftCourseKey(courseId) }), queryClient.invalidateQueries({ queryKey: ['authoring', 'courses'] })]),
  });
}
