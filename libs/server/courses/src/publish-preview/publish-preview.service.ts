import { Injectable } from '@nestjs/common';
import type { PublishPreview } from '@lms/contracts';
import { SecurityLog, type Actor } from '@lms/server-core';
import { canDecide } from '../course-access';
import { CoursesErrorCode, CoursesException } from '../courses.exception';
import { CoursesService } from '../courses.service';
import { publishDiff } from './publish-diff';
import { PublishPreviewRepository } from './publish-preview.repository';

/** What POST /courses/:id/publish would change, for the same people who may publish. */
@Injectable()
export class PublishPreviewService {
  constructor(
    private readonly courses: CoursesService,
    private readonly versions: PublishPreviewRepository,
    private readonly securityLog: SecurityLog,
  ) {}

  async preview(actor: Actor, courseId: string): Promise<PublishPreview> {
    // 404 for a course the actor cannot see, 403 for one they cannot edit: as publishing answers.
    const course = await this.courses.editable(actor, courseId);
    if (!canDecide(actor, course)) {
      this.securityLog.denied({ user: { userId: actor.userId } }, 'publish preview by a co-author', { courseId });
      throw new CoursesException(CoursesErrorCode.NotAnAuthor, 'Only the course’s owner and admins may publish it');
    }
    const versions = [course.draftVersion, ...(course.publishedVersion === null ? [] : [course.publishedVersion])];
    const compared = await this.versions.compare(course.id, versions);
    return { courseId: course.id, ...publishDiff(compared, course.draftVersion, course.publishedVersion) };
  }
}
