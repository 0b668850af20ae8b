export * from './xapi.module';
export * from './xapi-http.module';
export * from './xapi.exception';
export * from './statements';
