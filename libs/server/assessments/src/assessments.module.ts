import { Global, Module } from '@nestjs/common';
import { CoursesModule, QuizPackages } from '@lms/server-courses';
import { EnrolmentsModule } from '@lms/server-enrolments';
import { AttemptsRepository } from './attempts/attempts.repository';
import { AttemptsService } from './attempts/attempts.service';
import { TypeOrmAttemptsRepository } from './attempts/typeorm-attempts.repository';
import { QuestionBanksRepository } from './banks/question-banks.repository';
import { QuestionBanksService } from './banks/question-banks.service';
import { TypeOrmQuestionBanksRepository } from './banks/typeorm-question-banks.repository';
import { GradingService } from './grading/grading.service';
import { GiftQuizPackages } from './quizzes/gift-quiz-packages';
import { QuizzesService } from './quizzes/quizzes.service';
import { CourseStatsRepository } from './stats/course-stats.repository';
import { CourseStatsService } from './stats/course-stats.service';
import { TypeOrmCourseStatsRepository } from './stats/typeorm-course-stats.repository';

/**
 * Question banks, quizzes, attempts and grading: services and storage, without HTTP. Global so
 * that course package import and export reach quizzes through the QuizPackages port.
 */
@Global()
@Module({
  imports: [CoursesModule, EnrolmentsModule],
  providers: [
    QuestionBanksService,
    QuizzesService,
    AttemptsService,
    GradingService,
    CourseStatsService,
    { provide: CourseStatsRepository, useClass: TypeOrmCourseStatsRepository },
    { provide: QuestionBanksRepository, useClass: TypeOrmQuestionBanksRepository },
    { provide: AttemptsRepository, useClass: TypeOrmAttemptsRepository },
    { provide: QuizPackages, useClass: GiftQuizPackages },
  ],
  exports: [QuestionBanksService, CourseStatsService, QuizzesService, AttemptsService, GradingService, QuestionBanksRepository, AttemptsRepository, QuizPackages],
})
export class AssessmentsModule {}
