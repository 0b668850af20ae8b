import type { EntityManager } from 'typeorm';
import type { QuestionBankView, QuestionInput, QuestionView } from '@lms/contracts';

export interface BankRecord {
  id: string;
  title: string;
  courseId: string | null;
  createdBy: string | null;
}

/** A question at one version, answer key included: for grading and authors, never for learners. */
export interface StoredQuestion {
  id: string;
  version: number;
  definition: QuestionInput;
}

export const versionKey = (questionId: string, version: number) => `${questionId}@${version}`;

/** Storage port for question banks and their versioned questions. */
export abstract class QuestionBanksRepository {
  abstract createBank(bank: { title: string; courseId: string | null; createdBy: string }): Promise<QuestionBankView>;
  abstract findBank(id: string): Promise<BankRecord | null>;
  /** Banks of these courses, plus institute banks. */
  abstract banks(courseIds: string[] | 'all', offset: number, limit: number): Promise<{ items: QuestionBankView[]; total: number }>;
  /** Adds questions at the end of the bank, all or none; inside `m` when the caller holds a transaction. */
  abstract addQuestions(bankId: string, questions: QuestionInput[], createdBy: string, m?: EntityManager): Promise<string[]>;
  abstract questions(bankId: string, offset: number, limit: number): Promise<{ items: QuestionView[]; total: number }>;
  abstract findQuestion(id: string): Promise<QuestionView | null>;
  /** Stores a new version; the old one stays for the attempts that showed it. */
  abstract updateQuestion(id: string, question: QuestionInput, updatedBy: string, m: EntityManager): Promise<number>;
  abstract archiveQuestion(id: string): Promise<void>;
  /** The current versions a quiz may draw from, in bank order; optionally one category and its subcategories. */
  abstract candidates(bankId: string, category?: string): Promise<StoredQuestion[]>;
  /** Exact versions, keyed by versionKey. */
  abstract versions(refs: { questionId: string; version: number }[]): Promise<Map<string, QuestionInput>>;
  abstract transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T>;
}
