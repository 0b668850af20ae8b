import type { QuestionType } from './assessments';
import type { CourseItemKind } from './courses';

/**
 * What an author sees before publishing and after learners have worked: the changes a publish
 * brings to enrolled learners (GET /courses/:id/publish-preview) and how the course's quizzes
 * went (GET /courses/:id/stats).
 */
export const PUBLISH_CHANGES = ['added', 'removed', 'changed'] as const;
export type PublishChange = (typeof PUBLISH_CHANGES)[number];

/** What changed in a module or item that is in both versions: `moved` is another place in the outline. */
export const PUBLISH_CHANGED_FIELDS = ['title', 'content', 'settings', 'moved'] as const;
export type PublishChangedField = (typeof PUBLISH_CHANGED_FIELDS)[number];

/** The course's own details that a publish changes (the catalogue entry). */
export const PUBLISH_DETAIL_FIELDS = ['title', 'summary', 'category', 'level', 'estimatedMinutes', 'tags', 'competences'] as const;
export type PublishDetailField = (typeof PUBLISH_DETAIL_FIELDS)[number];

export interface PublishModuleChange {
  moduleId: string;
  /** The draft's title; for a removed module, the published one. */
  title: string;
  change: PublishChange;
  /** For `changed`: what changed. */
  fields: PublishChangedField[];
}

export interface PublishItemChange {
  itemId: string;
  kind: CourseItemKind;
  title: string;
  /** The module it stands in (in the draft; for a removed item, in the published version). */
  moduleId: string;
  moduleTitle: string;
  change: PublishChange;
  fields: PublishChangedField[];
}

export interface PublishPreview {
  courseId: string;
  draftVersion: number;
  /** Null before the first publish: then everything is `added` and nobody is enrolled. */
  publishedVersion: number | null;
  /** False when publishing would change nothing learners see. */
  hasChanges: boolean;
  details: PublishDetailField[];
  modules: PublishModuleChange[];
  items: PublishItemChange[];
  learners: {
    /** Every enrolment in the course. */
    enrolled: number;
    /** Not finished: they move to the new version on their next completion. */
    inProgress: number;
    /** Finished their cycle: they keep the version they completed. */
    completed: number;
  };
  /**
   * Whether the learners in progress see their progress change: items added (more to do) or removed
   * (work done there no longer counts). `learnersAffected` is how many of them that is.
   */
  progress: { affected: boolean; learnersAffected: number };
}

export interface MissedQuestion {
  questionId: string;
  type: QuestionType;
  /** The question's title, if it has one, and the start of its prompt as authored (plain text, at most 200 characters). */
  title: string | null;
  prompt: string;
  /** Graded answers to it, and how many of those earned less than full marks. */
  answered: number;
  missed: number;
  /** missed ÷ answered, 0 to 1. */
  missRate: number;
}

export interface QuizStats {
  quizId: string;
  title: string;
  /** Submitted attempts (in progress ones are not counted), by how many learners. */
  attempts: number;
  learners: number;
  graded: number;
  /** Attempts still waiting for an essay grade. */
  awaitingReview: number;
  passed: number;
  /** passed ÷ graded, 0 to 1; null before any attempt is graded. */
  passRate: number | null;
  /** The mean score of graded attempts, in percent; null before any. */
  averagePercent: number | null;
  /** The questions most often answered wrongly (or only partly right), worst first; at most five. */
  mostMissed: MissedQuestion[];
}

export interface CourseStats {
  courseId: string;
  /** Every quiz of the course in the draft's outline order; quizzes no longer in the draft last. */
  quizzes: QuizStats[];
}

/**
 * What a question import's problems say beyond `{line, message}` (POST /question-banks/:id/import,
 * 422): a stable code for the kind of problem, so a client can word it in its own language, and,
 * for a question that was read but is not valid, the field it names (`options[1].weight`).
 * `message` stays the server's English sentence with the specifics.
 */
export const IMPORT_PROBLEM_CODES = ['assessments.import.gift-syntax', 'assessments.import.moodle-xml-syntax', 'assessments.import.question-invalid', 'assessments.import.no-questions'] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export interface CodedImportProblem {
  line: number;
  message: string;
  code: ImportProblemCode;
  field?: string;
}
