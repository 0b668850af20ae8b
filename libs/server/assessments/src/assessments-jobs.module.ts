import { Module } from '@nestjs/common';
import { AssessmentsModule } from './assessments.module';
import { GradeAttemptProcessor, RegradeQuestionProcessor, SubmitExpiredProcessor } from './grading/grading-jobs.processors';

/** The worker's side of assessments: grading submitted attempts, closing expired ones, regrading after a key fix. */
@Module({ imports: [AssessmentsModule], providers: [GradeAttemptProcessor, SubmitExpiredProcessor, RegradeQuestionProcessor] })
export class AssessmentsJobsModule {}
