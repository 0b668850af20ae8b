import type { EntityManager } from 'typeorm';
import type { LessonStatus } from './runtime/runtime-data';

export interface ScormFile {
  /** The file's number: it is stored under scorm/<package id>/<n>. */
  n: number;
  contentType: string;
  sizeBytes: number;
}

export interface ScormPackageRecord {
  id: string;
  courseId: string;
  title: string;
  launchPath: string;
  launchParameters: string;
  /** An asset never speaks to the runtime: the launcher completes it once it has loaded. */
  launchType: 'sco' | 'asset';
  masteryScore: number | null;
  /** Every file, by its path inside the package. */
  files: Record<string, ScormFile>;
  sizeBytes: number;
}

/** Where a SCORM item sits in one version of its course, and the package it plays there. */
export interface ScormItemPlacement {
  packageId: string;
  title: string;
  moduleId: string;
  position: number;
}

export interface NewScormPackage extends ScormPackageRecord {
  manifest: unknown;
  createdBy: string;
}

export interface ScormAttemptRecord {
  cmi: Record<string, unknown>;
  seq: number;
  lessonStatus: LessonStatus;
  scoreRaw: number | null;
}

export interface ScormCommitRow {
  enrolmentId: string;
  cycle: number;
  itemId: string;
  packageId: string;
  cmi: Record<string, unknown>;
  seq: number;
  lessonStatus: LessonStatus;
  scoreRaw: number | null;
  suspendData: string;
  committedAt: Date;
}

/** SCORM packages and the learners' runtime data (scorm_packages, scorm_attempts). */
export abstract class ScormRepository {
  /** Writes the package's row, on `m` when given (a course package's import transaction). */
  abstract insertPackage(pkg: NewScormPackage, m?: EntityManager): Promise<void>;
  abstract deletePackage(id: string): Promise<void>;
  abstract findPackage(id: string): Promise<ScormPackageRecord | null>;
  /** Whether the item is completed in the enrolment's cycle (item_completions: once completed, it stays so). */
  abstract itemCompleted(enrolmentId: string, cycle: number, itemId: string): Promise<boolean>;
  /** The SCORM items of a course version, each with its package's size. */
  abstract packageSizesInVersion(courseId: string, version: number): Promise<{ id: string; sizeBytes: number }[]>;
  /** The package a SCORM item plays in a version of its course, and its title and position there. */
  abstract itemInVersion(itemId: string, version: number): Promise<ScormItemPlacement | null>;
  /** The learner's enrolment in the course and its current cycle. */
  abstract enrolment(userId: string, courseId: string): Promise<{ id: string; cycle: number } | null>;
  abstract attempt(enrolmentId: string, cycle: number, itemId: string): Promise<ScormAttemptRecord | null>;
  /**
   * Keeps the commit unless the attempt holds one with a greater or equal seq (and marks the
   * enrolment started), then runs `after`
   * in the same transaction with the attempt as it now stands (the item's completion).
   */
  abstract saveCommit<T>(row: ScormCommitRow, after: (m: EntityManager, current: ScormAttemptRecord, saved: boolean) => Promise<T>): Promise<T>;
}
