import type { CourseCategory, ExportKind, Locale } from '@lms/contracts';

type Headers = {
  completions: readonly string[];
  learners: readonly string[];
  courses: readonly string[];
};

/**
 * The words of an export file, in Lao and English: column headings, status and category names,
 * sheet and file names. The server's own catalogue (the web app's lives in apps/web/src/locales);
 * terms follow GLOSSARY-lo.md.
 */
export const EXPORT_CATALOGUE: Record<
  Locale,
  { headers: Headers; status: { completed: string; inProgress: string; notStarted: string; overdue: string }; categories: Record<CourseCategory, string>; sheet: Record<ExportKind, string> }
> = {
  lo: {
    headers: {
      completions: ['ລະຫັດພະນັກງານ', 'ຊື່ ແລະ ນາມສະກຸນ', 'ຕຳແໜ່ງ', 'ພາກສ່ວນ', 'ຫຼັກສູດ', 'ສະຖານະ', 'ວັນທີມອບໝາຍ / ລົງທະບຽນ', 'ວັນກຳນົດສົ່ງ', 'ວັນທີສຳເລັດ', 'ຄະແນນ (%)', 'ລະຫັດໃບຢັ້ງຢືນ'],
      learners: ['ລະຫັດພະນັກງານ', 'ຊື່ ແລະ ນາມສະກຸນ', 'ຕຳແໜ່ງ', 'ພາກສ່ວນ', 'ຫຼັກສູດທີ່ລົງທະບຽນ', 'ສຳເລັດແລ້ວ', 'ກຳລັງຮຽນ', 'ກາຍກຳນົດ', 'ສຳເລັດຫຼ້າສຸດ', 'ໃບຢັ້ງຢືນ'],
      courses: ['ຫຼັກສູດ', 'ໝວດ', 'ລົງທະບຽນ', 'ສຳເລັດແລ້ວ', 'ກຳລັງຮຽນ', 'ກາຍກຳນົດ', 'ອັດຕາສຳເລັດ', 'ຄະແນນສະເລ່ຍ (%)'],
    },
    status: { completed: 'ສຳເລັດແລ້ວ', inProgress: 'ກຳລັງຮຽນ', notStarted: 'ຍັງບໍ່ໄດ້ເລີ່ມ', overdue: 'ກາຍກຳນົດ' },
    categories: {
      'digital-basics': 'ທັກສະດິຈິຕອນພື້ນຖານ',
      email: 'ອີເມວ',
      'web-search': 'ການຄົ້ນຫາເທິງເວັບ',
      ai: 'ປັນຍາປະດິດ',
      'data-science': 'ວິທະຍາສາດຂໍ້ມູນ',
      cybersecurity: 'ຄວາມປອດໄພທາງໄຊເບີ',
      'policy-regulation': 'ນະໂຍບາຍ ແລະ ລະບຽບການດິຈິຕອນ',
    },
    sheet: { completions: 'ການສຳເລັດຫຼັກສູດ', learners: 'ຜູ້ຮຽນ', courses: 'ຫຼັກສູດ' },
  },
  en: {
    headers: {
      completions: ['Employee ID', 'Name', 'Position', 'Unit', 'Course', 'Status', 'Assigned / enrolled', 'Due', 'Completed', 'Score (%)', 'Certificate code'],
      learners: ['Employee ID', 'Name', 'Position', 'Unit', 'Courses enrolled', 'Completed', 'In progress', 'Overdue', 'Last completed', 'Certificates'],
      courses: ['Course', 'Category', 'Enrolled', 'Completed', 'In progress', 'Overdue', 'Completion rate', 'Average score (%)'],
    },
    status: { completed: 'Completed', inProgress: 'In progress', notStarted: 'Not started', overdue: 'Overdue' },
    categories: {
      'digital-basics': 'Digital basics',
      email: 'Email',
      'web-search': 'Web search',
      ai: 'Artificial intelligence',
      'data-science': 'Data science',
      cybersecurity: 'Cybersecurity',
      'policy-regulation': 'Digital policy and regulation',
    },
    sheet: { completions: 'Completions', learners: 'Learners', courses: 'Courses' },
  },
};
