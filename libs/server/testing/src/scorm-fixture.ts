/** The tests' SCORM package is the demo's digital safety package, in English unless told otherwise. */
export {
  digitalSafetyFiles as scormFixtureFiles,
  digitalSafetyZip as scormFixtureZip,
  zipOf,
  DIGITAL_SAFETY_LAUNCH as SCORM_FIXTURE_LAUNCH,
  type DigitalSafetyOptions as ScormFixtureOptions,
} from '@lms/server-scorm';
