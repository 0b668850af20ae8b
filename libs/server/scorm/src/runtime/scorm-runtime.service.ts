import { Inject, Injectable } from '@nestjs/common';
import type { ScormCommit, ScormCommitResult, ScormLaunch } from '@lms/contracts';
import { APP_CONFIG, Clock, type Actor, type AppConfig } from '@lms/server-core';
import { CoursesRepository, readableVersion } from '@lms/server-courses';
import { EnrolmentsRepository } from '@lms/server-enrolments';
import { ContentTokens } from '../content/content-tokens.provider';
import { runtimeDownloadBytes } from '../content/runtime-files';
import { ScormErrorCode, ScormException } from '../scorm.exception';
import { ScormRepository, type ScormPackageRecord } from '../scorm.repository';
import { completesItem, readRuntimeData } from './runtime-data';

interface Placed {
  courseId: string;
  title: string;
  pkg: ScormPackageRecord;
  /** The learner's enrolment when the item is in the published version they learn from. */
  enrolment: { id: string; cycle: number } | null;
}

/** Launching a SCORM item for the signed-in user, and keeping what the package commits. */
@Injectable()
export class ScormRuntimeService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly scorm: ScormRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly tokens: ContentTokens,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async launch(actor: Actor, itemId: string): Promise<ScormLaunch> {
    const placed = await this.place(actor, itemId);
    const attempt = placed.enrolment ? await this.scorm.attempt(placed.enrolment.id, placed.enrolment.cycle, itemId) : null;
    const origin = this.config.scorm.origin;
    const mastery = placed.pkg.masteryScore;
    const token = this.tokens.issue(placed.pkg.id, this.clock.now());
    return {
      itemId,
      courseId: placed.courseId,
      title: placed.title,
      launchUrl: `${origin}/launch/${placed.pkg.id}/${token}/`,
      offlineUrl: `${origin}/offline/${placed.pkg.id}/${token}/`,
      downloadBytes: placed.pkg.sizeBytes + runtimeDownloadBytes(),
      contentOrigin: origin,
      masteryScore: mastery,
      cmi: attempt?.cmi ?? null,
      seq: attempt?.seq ?? 0,
      completed: placed.enrolment ? await this.scorm.itemCompleted(placed.enrolment.id, placed.enrolment.cycle, itemId) : false,
      enrolled: placed.enrolment !== null,
    };
  }

  async commit(actor: Actor, itemId: string, commit: ScormCommit): Promise<ScormCommitResult> {
    const placed = await this.place(actor, itemId);
    if (!placed.enrolment) throw new ScormException(ScormErrorCode.NotEnrolled, 'Enrol in the course before its activities can save your progress');
    const facts = readRuntimeData(commit.cmi);
    if (typeof facts === 'string') throw new ScormException(ScormErrorCode.InvalidRuntimeData, `The runtime data is not valid SCORM 1.2: ${facts}`);
    const now = this.clock.now();
    const { id: enrolmentId, cycle } = placed.enrolment;
    const committedAt = new Date(Math.min(now.getTime(), new Date(commit.committedAt).getTime()));
    const mastery = placed.pkg.masteryScore;
    const outcome = await this.scorm.saveCommit(
      { enrolmentId, cycle, itemId, packageId: placed.pkg.id, cmi: commit.cmi, seq: commit.seq, ...facts, committedAt },
      async (m, current, saved) => {
        const completed = completesItem(current, mastery);
        // completeItems is idempotent: a second passing commit changes nothing.
        if (completed && saved) await this.enrolments.completeItems([{ userId: actor.userId, courseId: placed.courseId, itemId, at: committedAt }], now, m);
        return { saved, current };
      },
    );
    return {
      saved: outcome.saved,
      seq: outcome.current.seq,
      lessonStatus: outcome.current.lessonStatus,
      scoreRaw: outcome.current.scoreRaw,
      // The item's completion, not this commit's: a later commit with a lower score undoes nothing.
      completed: await this.scorm.itemCompleted(enrolmentId, cycle, itemId),
      enrolment: await this.enrolments.view(enrolmentId, now),
    };
  }

  /**
   * The item as this user may run it: an enrolled learner in the published version, whose
   * progress is kept; an author in the draft, as a preview that keeps nothing. 404 otherwise.
   */
  private async place(actor: Actor, itemId: string): Promise<Placed> {
    const notFound = () => new ScormException(ScormErrorCode.ItemNotFound, 'SCORM item not found');
    const course = await this.courses.findCourseOfItem(itemId);
    if (!course || course.itemKind !== 'scorm') throw notFound();
    const enrolment = course.status === 'published' && course.publishedVersion !== null ? await this.scorm.enrolment(actor.userId, course.id) : null;
    let item = enrolment ? await this.scorm.itemInVersion(itemId, course.publishedVersion!) : null;
    const learning = item !== null;
    if (!item) {
      const version = readableVersion(actor, course);
      item = version === null ? null : await this.scorm.itemInVersion(itemId, version);
    }
    const pkg = item ? await this.scorm.findPackage(item.packageId) : null;
    if (!item || !pkg) throw notFound();
    return { courseId: course.id, title: item.title, pkg, enrolment: learning ? enrolment : null };
  }
}
