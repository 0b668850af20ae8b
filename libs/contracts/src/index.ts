export * from './roles';
export * from './errors';
export * from './auth';
export * from './org';
export * from './users';
export * from './health';
export * from './queues';
export * from './courses';
