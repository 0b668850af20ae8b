export * from './exports/spreadsheet-cell';
export * from './exports/csv-writer';
