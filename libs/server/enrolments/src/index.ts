export * from './enrolments.exception';
export * from './enrolments.repository';
export * from './enrolments.service';
export * from './assignments/assignments.service';
export * from './enrolments.module';
export * from './enrolments-http.module';
export * from './enrolments-jobs.module';
export * from './typeorm-enrolments.repository';
