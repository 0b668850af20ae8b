import type { CourseCategory, ExportKind, Locale } from '@lms/contracts';

/** Every column heading an export can have; export-queries.ts lists which each kind has, in order. */
export type ExportHeading =
  | 'employeeId' | 'name' | 'position' | 'unit'
  | 'course' | 'status' | 'enrolledAt' | 'dueAt' | 'completedAt' | 'score' | 'certificateCode'
  | 'coursesEnrolled' | 'completed' | 'inProgress' | 'overdue' | 'lastCompleted' | 'certificates'
  | 'category' | 'enrolled' | 'completionRate' | 'averageScore';

/**
 * The words of an export file, in Lao and English: column headings, status and category names,
 * sheet and file names. The server's own catalogue (the web app's lives in apps/web/src/locales);
 * terms follow GLOSSARY-lo.md.
 */
export const EXPORT_CATALOGUE: Record<
  Locale,
  { headings: Record<ExportHeading, string>; status: { completed: string; inProgress: string; notStarted: string; overdue: string }; categories: Record<CourseCategory, string>; sheet: Record<ExportKind, string> }
> = {
  lo: {
    headings: {
      employeeId: 'ລະຫັດພະນັກງານ',
      name: 'ຊື່ ແລະ ນາມສະກຸນ',
      position: 'ຕຳແໜ່ງ',
      unit: 'ພາກສ່ວນ',
      course: 'ຫຼັກສູດ',
      status: 'ສະຖານະ',
      enrolledAt: 'ວັນທີມອບໝາຍ / ລົງທະບຽນ',
      dueAt: 'ວັນກຳນົດສົ່ງ',
      completedAt: 'ວັນທີສຳເລັດ',
      score: 'ຄະແນນ (%)',
      certificateCode: 'ລະຫັດໃບຢັ້ງຢືນ',
      coursesEnrolled: 'ຫຼັກສູດທີ່ລົງທະບຽນ',
      completed: 'ສຳເລັດແລ້ວ',
      inProgress: 'ກຳລັງຮຽນ',
      overdue: 'ກາຍກຳນົດ',
      lastCompleted: 'ສຳເລັດຫຼ້າສຸດ',
      certificates: 'ໃບຢັ້ງຢືນ',
      category: 'ໝວດ',
      enrolled: 'ລົງທະບຽນ',
      completionRate: 'ອັດຕາສຳເລັດ',
      averageScore: 'ຄະແນນສະເລ່ຍ (%)',
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
    headings: {
      employeeId: 'Employee ID',
      name: 'Name',
      position: 'Position',
      unit: 'Unit',
      course: 'Course',
      status: 'Status',
      enrolledAt: 'Assigned / enrolled',
      dueAt: 'Due',
      completedAt: 'Completed',
      score: 'Score (%)',
      certificateCode: 'Certificate code',
      coursesEnrolled: 'Courses enrolled',
      completed: 'Completed',
      inProgress: 'In progress',
      overdue: 'Overdue',
      lastCompleted: 'Last completed',
      certificates: 'Certificates',
      category: 'Category',
      enrolled: 'Enrolled',
      completionRate: 'Completion rate',
      averageScore: 'Average score (%)',
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
