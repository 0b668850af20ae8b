export * from './exports/spreadsheet-cell';
export * from './exports/csv-writer';
export * from './reports.exception';
export * from './reports.module';
export * from './reports-http.module';
export * from './summary/summary.service';
export * from './rollup/rollup-fold';
export * from './reports-jobs.module';
