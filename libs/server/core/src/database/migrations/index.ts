import { Foundation1764300000000 } from './1764300000000-foundation';
import { Courses1764400000000 } from './1764400000000-courses';
import { Enrolments1764500000000 } from './1764500000000-enrolments';
import { Assessments1764600000000 } from './1764600000000-assessments';
import { GradingQueue1764700000000 } from './1764700000000-grading-queue';
import { Certificates1764800000000 } from './1764800000000-certificates';
import { Reports1764900000000 } from './1764900000000-reports';
import { ReportExports1765000000000 } from './1765000000000-report-exports';
import { SkillsTargets1765100000000 } from './1765100000000-skills-targets';
import { XapiClients1765200000000 } from './1765200000000-xapi-clients';
import { XapiStatements1765300000000 } from './1765300000000-xapi-statements';
import { XapiDocuments1765400000000 } from './1765400000000-xapi-documents';
import { XapiForwarding1765500000000 } from './1765500000000-xapi-forwarding';
import { XapiAttachments1765600000000 } from './1765600000000-xapi-attachments';
import { Scorm1765700000000 } from './1765700000000-scorm';

/** Every migration, in order. Listed by hand: globs break once the apps are bundled. */
export const MIGRATIONS = [Foundation1764300000000, Courses1764400000000, Enrolments1764500000000, Assessments1764600000000, GradingQueue1764700000000, Certificates1764800000000, Reports1764900000000, ReportExports1765000000000, SkillsTargets1765100000000, XapiClients1765200000000, XapiStatements1765300000000, XapiDocuments1765400000000, XapiForwarding1765500000000, XapiAttachments1765600000000, Scorm1765700000000];
