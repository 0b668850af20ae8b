import { isIri, isIrl, isMailtoIri } from './iri';
import { isUuid } from './uuid';

describe('isIri (Data 2.2.s4.b1.b8, 4.3)', () => {
  it.each(['http://adlnet.gov/expapi/verbs/voided', 'http://example.com/xapi/verbs#defenestrated', 'urn:uuid:fd41c918-b88b-4b20-a0a5-a4c32391aaa0', 'mailto:a@b.la', 'http://example.com/فعل/خواندن', 'https://example.com/a%20b?x=1'])(
    '4.3 %s is an absolute IRI',
    (iri) => {
      expect(isIri(iri)).toBe(true);
    },
  );

  it.each(['ab=c://should.fail.com', 'should fail', 'example.com/verbs', '/relative', '#fragment', 'http://example.com/a b', 'http://example.com/<x>', 'http://example.com/%zz', 'http:', '', 5])(
    '2.2.s4.b1.b8 %p is not an absolute IRI',
    (iri) => {
      expect(isIri(iri)).toBe(false);
    },
  );
});

describe('isIrl', () => {
  it('2.4.2.4 an IRL is an IRI that locates a resource on a host', () => {
    expect(isIrl('http://www.example.com')).toBe(true);
    expect(isIrl('https://lane.example.la/ປະຫວັດ')).toBe(true);
    expect(isIrl('urn:isbn:0451450523')).toBe(false);
    expect(isIrl('www.example.com')).toBe(false);
    expect(isIrl('http://')).toBe(false);
  });
});

describe('isMailtoIri', () => {
  it('2.4.2.3.s3.table1.row1 mbox is "mailto:" followed by an email address', () => {
    expect(isMailtoIri('mailto:xapi@adlnet.gov')).toBe(true);
    expect(isMailtoIri('mailto:should.fail.com')).toBe(false);
    expect(isMailtoIri('http://should.fail.com')).toBe(false);
    expect(isMailtoIri('MAILTO:xapi@adlnet.gov')).toBe(false);
    expect(isMailtoIri('mailto:a b@adlnet.gov')).toBe(false);
  });
});

describe('isUuid (Data 4.4)', () => {
  it('4.4 a UUID is in standard string form, of any version, in either case', () => {
    expect(isUuid('fd41c918-b88b-4b20-a0a5-a4c32391aaa0')).toBe(true);
    expect(isUuid('12345678-1234-5678-1234-567812345678')).toBe(true);
    expect(isUuid('AA97B177-9383-4934-8543-0F91A7A02836')).toBe(true);
  });

  it('4.4 anything else is not a UUID', () => {
    for (const value of ['AA97B177-9383-4934-8543-0F91A7A028368', 'MA97B177-9383-4934-8543-0F91A7A02836', '{fd41c918-b88b-4b20-a0a5-a4c32391aaa0}', 'urn:uuid:fd41c918-b88b-4b20-a0a5-a4c32391aaa0', '', 12345]) {
      expect(isUuid(value)).toBe(false);
    }
  });
});
