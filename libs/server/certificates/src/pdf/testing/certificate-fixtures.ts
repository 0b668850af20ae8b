import type { CertificateDocument } from '../certificate-document';

const CODE = '7KQ2-MX9D-4HTA';
const VERIFY_URL = `https://lane.mtc.gov.la/verify/${CODE}`;

/** What every sample certificate shares: fixed dates, code and QR payload, so renders can be compared. */
const COMMON = {
  courseVersion: 3,
  scorePercent: 87.5,
  completedAt: new Date('2025-03-01T08:30:00Z'),
  issuedAt: new Date('2025-03-02T03:00:00Z'),
  code: CODE,
  verifyUrl: VERIFY_URL,
  qrText: `${VERIFY_URL}#eyJhbGciOiJFZERTQSJ9.eyJjIjoiN0tRMi1NWDlELTRIVEEifQ.c2lnbmF0dXJl`,
};

export const LAO_CERTIFICATE: CertificateDocument = {
  ...COMMON,
  locale: 'lo',
  holderName: 'ທ້າວ ສົມພອນ ວົງສະຫວັນ',
  courseTitle: 'ຄວາມປອດໄພທາງໄຊເບີ ສຳລັບພະນັກງານລັດ',
  issuerName: 'ສະຖາບັນ ICT, ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ',
};

export const ENGLISH_CERTIFICATE: CertificateDocument = {
  ...COMMON,
  locale: 'en',
  holderName: 'Somphone Vongsavanh',
  courseTitle: 'Cybersecurity for Civil Servants',
  issuerName: 'ICT Institute, Ministry of Technology and Communications',
};
