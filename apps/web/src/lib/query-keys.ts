/**
 * Query keys shared across features, so that one feature's change refreshes another's view
 * (completing a lesson refreshes "my learning"; a graded quiz refreshes the course) without the
 * features importing each other.
 */
export const queryKeys = {
  me: ['me'] as const,
  enrolments: ['me', 'enrolments'] as const,
  certificates: ['me', 'certificates'] as const,
  notifications: (unreadOnly = false) => ['me', 'notifications', { unreadOnly }] as const,
  notificationsAll: ['me', 'notifications'] as const,
  catalogue: (filter: { category?: string; q?: string; prefer?: string }) => ['courses', 'catalogue', filter] as const,
  course: (courseId: string) => ['courses', courseId] as const,
  lesson: (lessonId: string) => ['lessons', lessonId] as const,
  quiz: (quizId: string) => ['quizzes', quizId, 'me'] as const,
  attempt: (attemptId: string) => ['attempts', attemptId] as const,
};
