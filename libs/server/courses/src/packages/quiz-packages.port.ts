import type { EntityManager } from 'typeorm';
import type { ImportedQuizzes } from '../courses.repository';
import type { PackageProblem } from './package-error';

/**
 * What a package's quiz files become. Courses define the port and the assessments feature provides
 * it, so the arrow between the two features points one way: a package's GIFT is checked with the
 * rest of the package before anything is written, and turned into a question bank and quiz settings
 * inside the import's own transaction, so a package is imported whole or not at all.
 */
export abstract class QuizPackages {
  abstract check(quizzes: { path: string; source: string }[]): PackageProblem[];
  abstract materialise(m: EntityManager, imported: ImportedQuizzes, ownerId: string): Promise<void>;
  /** A quiz's questions as GIFT for export, or null to keep the source it was imported from. */
  abstract exportSource(itemId: string, version: number): Promise<string | null>;
}
