import type { Locale } from '@lms/contracts';

/**
 * Every word on a certificate, in Lao and English: a page is set entirely in the learner's
 * language. {n}, {score}, {date}, {code}, {holder} and {course} are filled in per certificate.
 */
export const CERTIFICATE_CATALOGUE: Record<
  Locale,
  {
    title: string;
    awardedTo: string;
    forCompleting: string;
    version: string;
    score: string;
    completedOn: string;
    issuedOn: string;
    code: string;
    verifyAt: string;
    signatureCaption: string;
    /** The PDF's document title and subject, as a viewer shows them. */
    documentTitle: string;
    documentSubject: string;
  }
> = {
  lo: {
    title: 'ໃບຢັ້ງຢືນ',
    awardedTo: 'ໃບຢັ້ງຢືນນີ້ມອບໃຫ້',
    forCompleting: 'ໄດ້ສຳເລັດການຮຽນຫຼັກສູດ',
    version: 'ສະບັບທີ {n}',
    score: 'ຄະແນນ {score}%',
    completedOn: 'ວັນທີສຳເລັດ {date}',
    issuedOn: 'ວັນທີອອກ {date}',
    code: 'ລະຫັດກວດສອບ {code}',
    verifyAt: 'ກວດສອບໄດ້ທີ່',
    signatureCaption: 'ຜູ້ອຳນວຍການ',
    documentTitle: 'ໃບຢັ້ງຢືນ: {holder}',
    documentSubject: 'ໃບຢັ້ງຢືນຫຼັກສູດ {course}',
  },
  en: {
    title: 'Certificate of Completion',
    awardedTo: 'This certificate is awarded to',
    forCompleting: 'for completing the course',
    version: 'Version {n}',
    score: 'Score {score}%',
    completedOn: 'Completed on {date}',
    issuedOn: 'Issued on {date}',
    code: 'Verification code {code}',
    verifyAt: 'Verify at',
    signatureCaption: 'Director',
    documentTitle: 'Certificate of Completion: {holder}',
    documentSubject: 'Certificate for the course {course}',
  },
};
