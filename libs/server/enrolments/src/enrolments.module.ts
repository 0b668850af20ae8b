import { Global, Injectable, Module } from '@nestjs/common';
import type { CourseEnrolment } from '@lms/contracts';
import { CourseEnrolmentReader, CoursesModule } from '@lms/server-courses';
import { OrgModule } from '@lms/server-org';
import { AssignmentsService } from './assignments/assignments.service';
import { EnrolmentsRepository } from './enrolments.repository';
import { EnrolmentsService } from './enrolments.service';
import { TypeOrmEnrolmentsRepository } from './typeorm-enrolments.repository';
import { NotificationsRepository } from './notifications/notifications.repository';
import { TypeOrmNotificationsRepository } from './notifications/typeorm-notifications.repository';

@Injectable()
class EnrolmentReader extends CourseEnrolmentReader {
  constructor(private readonly enrolments: EnrolmentsService) {
    super();
  }
  forLearner(userId: string, courseId: string): Promise<CourseEnrolment | null> {
    return this.enrolments.forCourse(userId, courseId);
  }
}

/**
 * Enrolments, progress and assignments: services and storage, without HTTP. Global so that the
 * course page can show a learner's progress through the CourseEnrolmentReader port.
 */
@Global()
@Module({
  imports: [CoursesModule, OrgModule],
  providers: [
    EnrolmentsService,
    AssignmentsService,
    { provide: EnrolmentsRepository, useClass: TypeOrmEnrolmentsRepository },
    { provide: CourseEnrolmentReader, useClass: EnrolmentReader },
    { provide: NotificationsRepository, useClass: TypeOrmNotificationsRepository },
  ],
  exports: [EnrolmentsService, AssignmentsService, EnrolmentsRepository, CourseEnrolmentReader, NotificationsRepository],
})
export class EnrolmentsModule {}
