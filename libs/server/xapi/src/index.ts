export * from './xapi.module';
export * from './xapi-http.module';
export * from './xapi-jobs.module';
export * from './xapi.exception';
export * from './statements';
export { RecordLearningProcessor } from './learning/record-learning.processor';
export { acceptXapiBodies } from './lrs/xapi-bodies';
