import { Module } from '@nestjs/common';
import { ForwardStatementsProcessor } from './forwarding/forward-statements.processor';
import { ForwardingRepository } from './forwarding/forwarding.repository';
import { LrsClient } from './forwarding/lrs-client';
import { TypeOrmForwardingRepository } from './forwarding/typeorm-forwarding.repository';
import { LearningFactsRepository } from './learning/learning-facts';
import { RecordLearningProcessor } from './learning/record-learning.processor';
import { TypeOrmLearningFactsRepository } from './learning/typeorm-learning-facts.repository';
import { XapiModule } from './xapi.module';

/** The worker's side of the LRS: Lane's own learning events as statements, and forwarding them to another LRS. */
@Module({
  imports: [XapiModule],
  providers: [
    RecordLearningProcessor,
    { provide: LearningFactsRepository, useClass: TypeOrmLearningFactsRepository },
    ForwardStatementsProcessor,
    LrsClient,
    { provide: ForwardingRepository, useClass: TypeOrmForwardingRepository },
  ],
})
export class XapiJobsModule {}
