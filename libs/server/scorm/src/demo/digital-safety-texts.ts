import type { Locale } from '@lms/contracts';

/** What a learner reads in the digital safety SCO, in one language. */
export interface DigitalSafetyTexts {
  /** The page's title, and the package's unless the caller names it. */
  title: string;
  learner: string;
  step1Heading: string;
  step1Paragraphs: [string, string];
  next: string;
  step2Heading: string;
  question: string;
  /** The strongest password, the right answer. */
  rightAnswer: string;
  wrongAnswer: string;
  hint: string;
  submit: string;
  starting: string;
  resumed: string;
  /** {score} is the raw score, {result} the passed or failed word. */
  score: string;
  passed: string;
  failed: string;
  noApi: string;
}

/** English is what the tests assert on; Lao (GLOSSARY-lo.md) is what the demo course plays. */
export const DIGITAL_SAFETY_TEXTS: Record<Locale, DigitalSafetyTexts> = {
  en: {
    title: 'Digital safety basics',
    learner: 'Learner:',
    step1Heading: 'Strong passwords',
    step1Paragraphs: [
      'A long passphrase of a few unrelated words is easier to remember and harder to guess than a short password full of symbols.',
      'Never reuse a password on two sites, and turn on two-step sign-in where you can.',
    ],
    next: 'Next',
    step2Heading: 'Check yourself',
    question: 'Which password is the strongest?',
    rightAnswer: 'correct horse battery staple',
    wrongAnswer: 'Fluffy2024!',
    hint: 'Choose an answer first.',
    submit: 'Submit',
    starting: 'Starting…',
    resumed: 'Resumed from step 2',
    score: 'Score: {score} – {result}',
    passed: 'passed',
    failed: 'failed',
    noApi: 'no API',
  },
  lo: {
    title: 'ພື້ນຖານຄວາມປອດໄພທາງດິຈິຕອນ',
    learner: 'ຜູ້ຮຽນ:',
    step1Heading: 'ລະຫັດຜ່ານທີ່ແຂງແຮງ',
    step1Paragraphs: [
      'ລະຫັດຜ່ານແບບປະໂຫຍກ ທີ່ຍາວ ແລະ ປະກອບດ້ວຍຄຳທີ່ບໍ່ກ່ຽວຂ້ອງກັນ ຈື່ງ່າຍກວ່າ ແລະ ເດົາຍາກກວ່າ ລະຫັດຜ່ານສັ້ນໆ ທີ່ເຕັມໄປດ້ວຍສັນຍາລັກ.',
      'ຢ່າໃຊ້ລະຫັດຜ່ານດຽວກັນ ຢູ່ສອງເວັບໄຊ ແລະ ເປີດໃຊ້ການຢືນຢັນຕົວຕົນຫຼາຍຂັ້ນຕອນ ທຸກບ່ອນທີ່ເຮັດໄດ້.',
    ],
    next: 'ຕໍ່ໄປ',
    step2Heading: 'ກວດຄວາມເຂົ້າໃຈ',
    question: 'ລະຫັດຜ່ານໃດ ແຂງແຮງທີ່ສຸດ?',
    rightAnswer: 'khaoniao-lotthip-daonuea-phasin',
    wrongAnswer: 'P@ssw0rd!',
    hint: 'ກະລຸນາເລືອກຄຳຕອບກ່ອນ.',
    submit: 'ສົ່ງຄຳຕອບ',
    starting: 'ກຳລັງເລີ່ມ…',
    resumed: 'ສືບຕໍ່ຈາກຂັ້ນຕອນທີ 2',
    score: 'ຄະແນນ: {score} – {result}',
    passed: 'ຜ່ານ',
    failed: 'ບໍ່ຜ່ານ',
    noApi: 'ບໍ່ພົບ API',
  },
};
