import loStaff from '../locales/lo/staff.json';
import enStaff from '../locales/en/staff.json';
import { addMessages } from '../lib/i18n';

// The staff app's words come with its code, in both languages (staff work at a desk; a switch of
// language needs no download). The learner app never loads them.
addMessages([], { lo: loStaff, en: enStaff });
