import { Module } from '@nestjs/common';
import { EnrolmentsModule } from './enrolments.module';
import { ApplyAssignmentProcessor, ApplyRulesForUsersProcessor, CourseCompletedProcessor, ReopenExpiredProcessor } from './jobs/enrolment-jobs.processors';
import { NotificationsWriter } from './jobs/notifications-writer';

/** The worker's side of enrolments: applying assignment rules, re-opening recurring courses, completion events. */
@Module({
  imports: [EnrolmentsModule],
  providers: [NotificationsWriter, ApplyAssignmentProcessor, ApplyRulesForUsersProcessor, ReopenExpiredProcessor, CourseCompletedProcessor],
})
export class EnrolmentsJobsModule {}
