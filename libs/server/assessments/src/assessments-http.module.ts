import { Module } from '@nestjs/common';
import { AssessmentsModule } from './assessments.module';
import { AttemptsController } from './attempts/attempts.controller';
import { QuestionBanksController } from './banks/question-banks.controller';
import { GradingController } from './grading/grading.controller';
import { QuizzesController } from './quizzes/quizzes.controller';
import { CourseStatsController } from './stats/course-stats.controller';

@Module({ imports: [AssessmentsModule], controllers: [QuestionBanksController, QuizzesController, AttemptsController, GradingController, CourseStatsController] })
export class AssessmentsHttpModule {}
