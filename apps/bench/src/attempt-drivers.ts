import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AnswerValue, AttemptView } from '@lms/contracts';
import { AssessmentsModule, AttemptsService } from '@lms/server-assessments';
import { CORE_ENTITIES, CoreModule, createLogger, DatabaseModule, loadConfig, type Actor } from '@lms/server-core';
import { ORG_ENTITIES } from '@lms/server-org';
import type { HttpClient } from './http-client';

/** A learner taking the quiz: start, answer, submit. */
export interface AttemptDriver {
  start(learner: number): Promise<AttemptView>;
  save(learner: number, attemptId: string, responses: { questionId: string; answer: AnswerValue }[]): Promise<void>;
  submit(learner: number, attemptId: string): Promise<void>;
  close(): Promise<void>;
}

/** Over HTTP to the API process, each learner with their own access token. */
export function httpDriver(http: HttpClient, quizId: string, tokens: string[]): AttemptDriver {
  return {
    start: (i) => http.expect<AttemptView>(201, 'POST', `/api/v1/quizzes/${quizId}/attempts`, tokens[i]),
    save: async (i, id, responses) => void (await http.expect(200, 'PUT', `/api/v1/attempts/${id}/responses`, tokens[i], { responses })),
    submit: async (i, id) => void (await http.expect(202, 'POST', `/api/v1/attempts/${id}/submit`, tokens[i])),
    close: async () => undefined,
  };
}

@Module({})
class BenchAssessmentsModule {}

/**
 * Through AttemptsService itself, in this process: the same code and SQL as the API's handlers,
 * without HTTP, token checks and validation (which the attempt-start benchmark measures).
 */
export async function serviceDriver(env: NodeJS.ProcessEnv, quizId: string, learners: { id: string; orgUnitId: string }[]): Promise<AttemptDriver> {
  const config = loadConfig(env);
  const app = await NestFactory.createApplicationContext(
    { module: BenchAssessmentsModule, imports: [CoreModule.forRoot(config, createLogger('warn', 'bench')), DatabaseModule.forRoot([...CORE_ENTITIES, ...ORG_ENTITIES]), AssessmentsModule] },
    { logger: false },
  );
  const attempts = app.get(AttemptsService);
  const actor = (i: number): Actor => ({ userId: learners[i].id, roles: ['learner'], orgUnitId: learners[i].orgUnitId, locale: 'lo', sessionId: null });
  return {
    start: async (i) => {
      const { attempt, created } = await attempts.start(actor(i), quizId);
      if (!created) throw new Error(`learner ${i} resumed an attempt instead of starting one`);
      return attempt;
    },
    save: async (i, id, responses) => void (await attempts.save(actor(i), id, { responses })),
    submit: async (i, id) => {
      const { status } = await attempts.submit(actor(i), id);
      if (status !== 'submitted') throw new Error(`attempt ${id} is ${status} after submit`);
    },
    close: () => app.close(),
  };
}
