import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@lms/contracts';
import { HandlesJob, type JobHandler } from '@lms/server-core';
import { DEADLINE_GRACE_MS } from '../attempts/attempts.service';
import { GradingService } from './grading.service';

@Injectable()
@HandlesJob('grading.grade-attempt')
export class GradeAttemptProcessor implements JobHandler<'grading.grade-attempt'> {
  constructor(private readonly grading: GradingService) {}
  async handle(payload: JobPayloads['grading.grade-attempt']): Promise<void> {
    await this.grading.grade(payload.attemptId);
  }
}

@Injectable()
@HandlesJob('grading.submit-expired')
export class SubmitExpiredProcessor implements JobHandler<'grading.submit-expired'> {
  constructor(private readonly grading: GradingService) {}
  async handle(): Promise<void> {
    await this.grading.submitExpired(DEADLINE_GRACE_MS);
  }
}

@Injectable()
@HandlesJob('grading.regrade-question')
export class RegradeQuestionProcessor implements JobHandler<'grading.regrade-question'> {
  constructor(private readonly grading: GradingService) {}
  async handle(payload: JobPayloads['grading.regrade-question']): Promise<void> {
    await this.grading.regradeQuestion(payload.questionId, payload.version);
  }
}
