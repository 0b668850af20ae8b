import { Module } from '@nestjs/common';
import { LearningFactsRepository } from './learning/learning-facts';
import { RecordLearningProcessor } from './learning/record-learning.processor';
import { TypeOrmLearningFactsRepository } from './learning/typeorm-learning-facts.repository';
import { XapiModule } from './xapi.module';

/** The worker's side of the LRS: Lane's own learning events as statements. */
@Module({ imports: [XapiModule], providers: [RecordLearningProcessor, { provide: LearningFactsRepository, useClass: TypeOrmLearningFactsRepository }] })
export class XapiJobsModule {}
