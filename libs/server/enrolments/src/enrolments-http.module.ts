import { Module } from '@nestjs/common';
import { AssignmentsController } from './assignments/assignments.controller';
import { EnrolmentsController } from './enrolments.controller';
import { EnrolmentsModule } from './enrolments.module';

@Module({ imports: [EnrolmentsModule], controllers: [EnrolmentsController, AssignmentsController] })
export class EnrolmentsHttpModule {}
