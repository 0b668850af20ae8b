export * from './scorm-http.module';
export * from './scorm.repository';
export * from './content/scorm-content.server';
export * from './manifest/parse-manifest';
export * from './runtime/runtime-data';
