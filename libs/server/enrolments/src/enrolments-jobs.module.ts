import { Module } from '@nestjs/common';
import { MailModule } from '@lms/server-core';
import { EnrolmentsModule } from './enrolments.module';
import { ApplyAssignmentProcessor, ApplyRulesForUsersProcessor, CourseCompletedProcessor, ReopenExpiredProcessor } from './jobs/enrolment-jobs.processors';
import { RemindDueProcessor, SendDigestsProcessor } from './notifications/notification-jobs.processors';

/** The worker's side of enrolments: applying assignment rules, re-opening recurring courses, completion events. */
@Module({
  imports: [EnrolmentsModule, MailModule],
  providers: [ApplyAssignmentProcessor, ApplyRulesForUsersProcessor, ReopenExpiredProcessor, CourseCompletedProcessor, RemindDueProcessor, SendDigestsProcessor],
})
export class EnrolmentsJobsModule {}
