import { Module } from '@nestjs/common';
import { AssignmentsController } from './assignments/assignments.controller';
import { EnrolmentsController } from './enrolments.controller';
import { EnrolmentsModule } from './enrolments.module';
import { LearnerEnrolmentsController } from './learners/learner-enrolments.controller';
import { LearnerEnrolmentsService } from './learners/learner-enrolments.service';
import { NotificationsController } from './notifications/notifications.controller';

@Module({ imports: [EnrolmentsModule], controllers: [EnrolmentsController, AssignmentsController, NotificationsController, LearnerEnrolmentsController], providers: [LearnerEnrolmentsService] })
export class EnrolmentsHttpModule {}
