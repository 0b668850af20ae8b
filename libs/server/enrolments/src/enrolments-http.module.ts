import { Module } from '@nestjs/common';
import { AssignmentsController } from './assignments/assignments.controller';
import { EnrolmentsController } from './enrolments.controller';
import { EnrolmentsModule } from './enrolments.module';
import { NotificationsController } from './notifications/notifications.controller';

@Module({ imports: [EnrolmentsModule], controllers: [EnrolmentsController, AssignmentsController, NotificationsController] })
export class EnrolmentsHttpModule {}
