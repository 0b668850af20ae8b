import type { Locale, NotificationKind } from '@lms/contracts';

/**
 * The reminder email's words, in Lao and English: the server's own catalogue (the web app's lives
 * in apps/web/src/locales). {course} and {date} are filled in per line ({date}: the due date, or the day an export's file expires).
 */
export const EMAIL_CATALOGUE: Record<Locale, { subject: string; greeting: string; lines: Record<NotificationKind, string>; footer: string; noDate: string }> = {
  lo: {
    subject: 'Lane: ແຈ້ງເຕືອນກ່ຽວກັບຫຼັກສູດຂອງທ່ານ',
    greeting: 'ສະບາຍດີ {name},',
    lines: {
      course_assigned: 'ທ່ານໄດ້ຮັບມອບໝາຍໃຫ້ຮຽນຫຼັກສູດ "{course}" (ວັນກຳນົດສົ່ງ: {date}).',
      due_soon: 'ຫຼັກສູດ "{course}" ໃກ້ຮອດວັນກຳນົດສົ່ງແລ້ວ: {date}.',
      overdue: 'ຫຼັກສູດ "{course}" ກາຍກຳນົດແລ້ວ (ວັນກຳນົດສົ່ງ: {date}). ກະລຸນາຮຽນໃຫ້ສຳເລັດໂດຍໄວ.',
      course_completed: 'ຂໍສະແດງຄວາມຍິນດີ! ທ່ານຮຽນຫຼັກສູດ "{course}" ສຳເລັດແລ້ວ.',
      export_ready: 'ລາຍງານທີ່ທ່ານຂໍໄວ້ພ້ອມໃຫ້ດາວໂຫຼດແລ້ວ, ຈົນຮອດວັນທີ {date}.',
    },
    footer: 'ທ່ານສາມາດປິດການແຈ້ງເຕືອນທາງອີເມວໄດ້ໃນໜ້າໂປຣໄຟລ໌ຂອງທ່ານ.',
    noDate: 'ບໍ່ມີກຳນົດ',
  },
  en: {
    subject: 'Lane: news about your courses',
    greeting: 'Hello {name},',
    lines: {
      course_assigned: 'You have been assigned the course "{course}" (due {date}).',
      due_soon: 'The course "{course}" is due soon: {date}.',
      overdue: 'The course "{course}" is overdue (it was due {date}). Please complete it soon.',
      course_completed: 'Congratulations! You have completed "{course}".',
      export_ready: 'The report you asked for is ready to download until {date}.',
    },
    footer: 'You can turn off email notifications on your profile page.',
    noDate: 'no due date',
  },
};
