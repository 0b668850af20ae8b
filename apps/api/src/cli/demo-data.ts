import type { OrgUnitKind, Role, Locale } from '@lms/contracts';

export interface DemoUnit {
  code: string;
  lo: string;
  en: string;
  kind: OrgUnitKind;
  parent?: string;
}

/** A realistic slice of the Lao government: ministries with departments, and provinces with districts. */
export const DEMO_UNITS: DemoUnit[] = [
  { code: 'MTC', lo: 'ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ', en: 'Ministry of Technology and Communications', kind: 'ministry' },
  { code: 'MTC-ICTI', lo: 'ສະຖາບັນເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານ', en: 'ICT Institute', kind: 'institute', parent: 'MTC' },
  { code: 'MTC-DDG', lo: 'ກົມລັດຖະບານດີຈີຕອນ', en: 'Department of Digital Government', kind: 'department', parent: 'MTC' },
  { code: 'MTC-CYB', lo: 'ກົມຄວາມປອດໄພທາງໄຊເບີ', en: 'Department of Cybersecurity', kind: 'department', parent: 'MTC' },
  { code: 'MOHA', lo: 'ກະຊວງພາຍໃນ', en: 'Ministry of Home Affairs', kind: 'ministry' },
  { code: 'MOHA-CSM', lo: 'ກົມຄຸ້ມຄອງລັດຖະກອນ', en: 'Department of Civil Service Management', kind: 'department', parent: 'MOHA' },
  { code: 'MOHA-LAO', lo: 'ກົມການປົກຄອງທ້ອງຖິ່ນ', en: 'Department of Local Administration', kind: 'department', parent: 'MOHA' },
  { code: 'MOF', lo: 'ກະຊວງການເງິນ', en: 'Ministry of Finance', kind: 'ministry' },
  { code: 'MOF-BUD', lo: 'ກົມງົບປະມານ', en: 'Budget Department', kind: 'department', parent: 'MOF' },
  { code: 'MOF-BUD-PLN', lo: 'ພະແນກແຜນການງົບປະມານ', en: 'Budget Planning Division', kind: 'division', parent: 'MOF-BUD' },
  { code: 'MOF-TAX', lo: 'ກົມສ່ວຍສາອາກອນ', en: 'Tax Department', kind: 'department', parent: 'MOF' },
  { code: 'MOF-TRS', lo: 'ກົມຄັງເງິນແຫ່ງຊາດ', en: 'National Treasury Department', kind: 'department', parent: 'MOF' },
  { code: 'MOES', lo: 'ກະຊວງສຶກສາທິການ ແລະ ກິລາ', en: 'Ministry of Education and Sports', kind: 'ministry' },
  { code: 'MOES-HED', lo: 'ກົມການສຶກສາຊັ້ນສູງ', en: 'Department of Higher Education', kind: 'department', parent: 'MOES' },
  { code: 'MOES-TTD', lo: 'ກົມສ້າງຄູ', en: 'Department of Teacher Training', kind: 'department', parent: 'MOES' },
  { code: 'VTE', lo: 'ນະຄອນຫຼວງວຽງຈັນ', en: 'Vientiane Capital', kind: 'province' },
  { code: 'VTE-CTB', lo: 'ເມືອງຈັນທະບູລີ', en: 'Chanthabuly District', kind: 'district', parent: 'VTE' },
  { code: 'VTE-SST', lo: 'ເມືອງສີສັດຕະນາກ', en: 'Sisattanak District', kind: 'district', parent: 'VTE' },
  { code: 'LPB', lo: 'ແຂວງຫຼວງພະບາງ', en: 'Luang Prabang Province', kind: 'province' },
  { code: 'LPB-LPB', lo: 'ເມືອງຫຼວງພະບາງ', en: 'Luang Prabang District', kind: 'district', parent: 'LPB' },
  { code: 'SVK', lo: 'ແຂວງສະຫວັນນະເຂດ', en: 'Savannakhet Province', kind: 'province' },
  { code: 'SVK-KPV', lo: 'ເມືອງໄກສອນ ພົມວິຫານ', en: 'Kaysone Phomvihane District', kind: 'district', parent: 'SVK' },
  { code: 'CPS', lo: 'ແຂວງຈຳປາສັກ', en: 'Champasak Province', kind: 'province' },
  { code: 'CPS-PKS', lo: 'ເມືອງປາກເຊ', en: 'Pakse District', kind: 'district', parent: 'CPS' },
];

/** For development only: printed in the README and by npm start. */
export const DEMO_PASSWORD = 'lane-demo-2026';

export interface DemoUser {
  email: string;
  displayName: string;
  employeeId: string;
  unit: string;
  roles: Role[];
  locale: Locale;
  position: string;
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@lane.demo', displayName: 'ບຸນມີ ພົມມະຈັນ', employeeId: 'MTC-0001', unit: 'MTC-ICTI', roles: ['admin'], locale: 'lo', position: 'ຜູ້ບໍລິຫານລະບົບ' },
  { email: 'instructor@lane.demo', displayName: 'ວັນນະສອນ ສີສຸວັນ', employeeId: 'MTC-0102', unit: 'MTC-ICTI', roles: ['instructor'], locale: 'lo', position: 'ຄູສອນ, ສະຖາບັນ ICT' },
  { email: 'hr@lane.demo', displayName: 'ຄຳແພງ ວົງສະຫວັນ', employeeId: 'MOF-0201', unit: 'MOF', roles: ['hr_manager'], locale: 'lo', position: 'ຫົວໜ້າພະແນກບຸກຄະລາກອນ' },
  { email: 'learner@lane.demo', displayName: 'ນ້ອຍ ແກ້ວມະນີ', employeeId: 'MOF-1001', unit: 'MOF-BUD', roles: [], locale: 'lo', position: 'ພະນັກງານງົບປະມານ' },
  { email: 'learner.en@lane.demo', displayName: 'Somsack Inthavong', employeeId: 'MOF-1002', unit: 'MOF-TAX', roles: [], locale: 'en', position: 'Tax officer' },
  { email: 'hr.lpb@lane.demo', displayName: 'ສົມພອນ ໄຊຍະວົງ', employeeId: 'LPB-0201', unit: 'LPB', roles: ['hr_manager'], locale: 'lo', position: 'ພະນັກງານບຸກຄະລາກອນແຂວງ' },
];

const GIVEN = ['ສົມໃຈ', 'ບົວລາ', 'ແສງດາວ', 'ຄຳຫຼ້າ', 'ພອນສະຫວັນ', 'ມະນີວັນ', 'ສຸລິຍາ', 'ວິໄລພອນ', 'ທອງສະໄໝ', 'ອານຸສອນ'];
const FAMILY = ['ສີຫາລາດ', 'ພົມມະວົງ', 'ແສງສຸລິຍາ', 'ຈັນທະລາ', 'ວົງພະຈັນ', 'ໄຊຍະສານ'];
const SPREAD = ['MOF-BUD', 'MOF-BUD-PLN', 'MOF-TAX', 'MOF-TRS', 'MOHA-CSM', 'MOES-HED', 'MTC-DDG', 'MTC-CYB', 'VTE-CTB', 'LPB-LPB', 'SVK-KPV', 'CPS-PKS'];

/** Thirty more learners spread over the tree, so that the HR and admin screens have people in them. */
export function demoLearners(): DemoUser[] {
  return Array.from({ length: 30 }, (_, i) => ({
    email: `learner${String(i + 1).padStart(2, '0')}@lane.demo`,
    displayName: `${GIVEN[i % GIVEN.length]} ${FAMILY[i % FAMILY.length]}`,
    employeeId: `DEMO-${String(i + 1).padStart(4, '0')}`,
    unit: SPREAD[i % SPREAD.length],
    roles: [],
    locale: i % 5 === 4 ? 'en' : 'lo',
    position: i % 5 === 4 ? 'Officer' : 'ພະນັກງານ',
  }));
}
