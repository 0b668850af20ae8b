import { Inject, Injectable } from '@nestjs/common';
import type { JobPayloads } from '@lms/contracts';
import { APP_CONFIG, Clock, HandlesJob, type AppConfig, type JobHandler } from '@lms/server-core';
import { prepareStatements } from '../lrs/prepare-statements';
import { StatementsRepository } from '../lrs/statements.repository';
import { validateStatement, type JsonObject } from '../statements';
import { sameStatement } from '../statements/same-statement';
import { LaneStatements } from './lane-statements';
import { LearningFactsRepository } from './learning-facts';

/**
 * A learning event (enqueued in the transaction that made it) into Lane's own LRS: read what
 * happened, tell it as statements with ids fixed by the event, check them as any client's are
 * checked, and store them. A second run stores nothing new; an event undone meanwhile stores nothing.
 */
@Injectable()
@HandlesJob('xapi.record-learning')
export class RecordLearningProcessor implements JobHandler<'xapi.record-learning'> {
  private readonly lane: LaneStatements;
  private readonly authority: JsonObject;

  constructor(
    private readonly facts: LearningFactsRepository,
    private readonly statements: StatementsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.lane = new LaneStatements(config.publicUrl);
    this.authority = { objectType: 'Agent', name: 'Lane', account: { homePage: new URL('/xapi/', config.publicUrl).href, name: 'lane' } };
  }

  async handle(payload: JobPayloads['xapi.record-learning']): Promise<void> {
    const statements = await this.tell(payload);
    if (!statements.length) return;
    const problems = statements.flatMap((s) => validateStatement(s));
    if (problems.length) throw new Error(`Lane told an event as an invalid statement: ${JSON.stringify(problems)}`);
    // A regraded attempt keeps its first statements: stored statements never change (a conflict is left as it is).
    await this.statements.store(prepareStatements(statements, this.clock.now().toISOString(), this.authority), null, sameStatement);
  }

  private async tell(payload: JobPayloads['xapi.record-learning']): Promise<JsonObject[]> {
    if (payload.event === 'item-completed') {
      const facts = await this.facts.itemCompleted(payload.enrolmentId, payload.cycle, payload.itemId);
      return facts ? this.lane.itemCompleted(facts) : [];
    }
    if (payload.event === 'course-completed') {
      const facts = await this.facts.courseCompleted(payload.enrolmentId, payload.cycle);
      return facts ? this.lane.courseCompleted(facts) : [];
    }
    const facts = await this.facts.attemptGraded(payload.attemptId);
    return facts ? this.lane.attemptGraded(facts) : [];
  }
}
