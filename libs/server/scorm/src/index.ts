export * from './scorm-http.module';
export * from './scorm.repository';
export * from './content/scorm-content.server';
export * from './manifest/parse-manifest';
export * from './runtime/runtime-data';
export * from './typeorm-scorm.repository';
export * from './packages/import-scorm-package';
export * from './demo/digital-safety-package';
