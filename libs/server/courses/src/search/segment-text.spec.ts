import { segmentForSearch } from './segment-text';

describe('segmentForSearch', () => {
  it('splits unspaced Lao into words', () => {
    expect(segmentForSearch('ພະນັກງານລັດຕ້ອງຮຽນຮູ້ຄວາມປອດໄພ').split(' ')).toEqual(expect.arrayContaining(['ພະນັກງານ', 'ລັດ', 'ຮຽນຮູ້', 'ຄວາມປອດໄພ']));
  });

  it('lower-cases Latin text and drops punctuation', () => {
    expect(segmentForSearch('Phishing: the BASICS, and ພາສາລາວ!')).toBe('phishing the basics and ພາສາ ລາວ');
  });
});
