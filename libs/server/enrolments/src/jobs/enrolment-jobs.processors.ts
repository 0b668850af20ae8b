import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@lms/contracts';
import { Clock, HandlesJob, type JobHandler } from '@lms/server-core';
import { EnrolmentsRepository } from '../enrolments.repository';
import { NotificationsRepository } from '../notifications/notifications.repository';

@Injectable()
@HandlesJob('enrolments.apply-assignment')
export class ApplyAssignmentProcessor implements JobHandler<'enrolments.apply-assignment'> {
  constructor(private readonly enrolments: EnrolmentsRepository) {}
  async handle(payload: JobPayloads['enrolments.apply-assignment']): Promise<void> {
    await this.enrolments.applyAssignment(payload.assignmentId);
  }
}

@Injectable()
@HandlesJob('enrolments.apply-rules-for-users')
export class ApplyRulesForUsersProcessor implements JobHandler<'enrolments.apply-rules-for-users'> {
  constructor(private readonly enrolments: EnrolmentsRepository) {}
  async handle(payload: JobPayloads['enrolments.apply-rules-for-users']): Promise<void> {
    await this.enrolments.applyRulesForUsers(payload.userIds);
  }
}

@Injectable()
@HandlesJob('enrolments.reopen-expired')
export class ReopenExpiredProcessor implements JobHandler<'enrolments.reopen-expired'> {
  constructor(
    private readonly enrolments: EnrolmentsRepository,
    private readonly clock: Clock,
  ) {}
  async handle(): Promise<void> {
    await this.enrolments.reopenExpired(this.clock.now());
  }
}

/** The course-completed domain event: the learner hears of it (certificates follow from the same event). */
@Injectable()
@HandlesJob('enrolments.course-completed')
export class CourseCompletedProcessor implements JobHandler<'enrolments.course-completed'> {
  constructor(private readonly notifications: NotificationsRepository) {}
  async handle(payload: JobPayloads['enrolments.course-completed']): Promise<void> {
    await this.notifications.courseCompleted(payload.enrolmentId, payload.cycle);
  }
}
