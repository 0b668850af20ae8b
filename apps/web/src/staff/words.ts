import loStaff from '../locales/lo/staff.json';
import enStaff from '../locales/en/staff.json';
import loStaffAdmin from '../locales/lo/staff-admin.json';
import enStaffAdmin from '../locales/en/staff-admin.json';
import loStaffDashboard from '../locales/lo/staff-dashboard.json';
import enStaffDashboard from '../locales/en/staff-dashboard.json';
import loStaffEditor from '../locales/lo/staff-editor.json';
import enStaffEditor from '../locales/en/staff-editor.json';
import loStaffQuestions from '../locales/lo/staff-questions.json';
import enStaffQuestions from '../locales/en/staff-questions.json';
import { addMessages } from '../lib/i18n';

// The staff app's words come with its code, in both languages (staff work at a desk; a switch of
// language needs no download). The learner app never loads them. One file per area of the staff
// app: the shell and the first screens (staff.json), administration, the HR dashboard, the
// course and lesson editor, and the question and quiz editors.
addMessages([], { lo: { ...loStaff, ...loStaffAdmin, ...loStaffDashboard, ...loStaffEditor, ...loStaffQuestions }, en: { ...enStaff, ...enStaffAdmin, ...enStaffDashboard, ...enStaffEditor, ...enStaffQuestions } });
