import { isIsoDuration, isIsoTimestamp } from './iso8601';

describe('isIsoTimestamp (Data 4.5)', () => {
  it.each([
    '2013-05-18T05:32:34.804Z',
    '2015-11-18T12:17:00+00:00',
    '2013-05-18T05:32:34.804+07:00',
    '2013-05-18T05:32:34.123456789-05:30',
    '2013-05-18T05:32:34+0700',
    '2013-05-18T05:32:34+07',
    '2013-05-18T05:32Z',
    '20130518T053234Z',
    '20130518T053234.804+0700',
    '2016-02-29T00:00:00Z',
    '2013-05-18T24:00:00Z',
    '2016-12-31T23:59:60Z',
  ])('4.5.s1.b1 %s is an ISO 8601 timestamp', (timestamp) => {
    expect(isIsoTimestamp(timestamp)).toBe(true);
  });

  it.each([
    'should fail',
    '01/011/2015',
    '2013-05-18',
    '2013-05-18T05:32:34.804',
    '2008-09-15T15:53:00.601-00',
    '2008-09-15T15:53:00.601-0000',
    '2008-09-15T15:53:00.601-00:00',
    '2013-13-18T05:32:34Z',
    '2015-02-29T05:32:34Z',
    '2013-05-32T05:32:34Z',
    '2013-05-18T25:00:00Z',
    '2013-05-18T24:00:01Z',
    '2013-05-18T05:60:00Z',
    '2013-05-18T05:32:34+24:00',
    '2013-05-18 05:32:34Z',
    '',
  ])('4.5.s1.b1 %p is not an ISO 8601 timestamp with a time zone', (timestamp) => {
    expect(isIsoTimestamp(timestamp)).toBe(false);
  });

  it('4.5.s1.b1 only strings can be timestamps', () => {
    expect(isIsoTimestamp(new Date())).toBe(false);
    expect(isIsoTimestamp(1368855154804)).toBe(false);
  });
});

describe('isIsoDuration (Data 4.6)', () => {
  it.each(['PT4H35M59.14S', 'P3Y1M29DT4H35M59.14S', 'P3Y', 'P4W', 'PT1H0M0.1S', 'PT1234S', 'PT16559.14S', 'P1D', 'PT0S', 'P0.5Y', 'PT1,5S'])(
    '4.6.s2 %s is an ISO 8601 duration',
    (duration) => {
      expect(isIsoDuration(duration)).toBe(true);
    },
  );

  it.each(['PA1H0M0S', 'P', 'PT', 'P1DT', 'P4W1D', 'PT4H35M59.14', '4H', 'P1.5DT2H', 'P0003-01-29T04:35:59', 'PT-1S', 'pt1s', 'P1M2Y', ''])(
    '4.6.s1.b1 %p is not an ISO 8601 duration (in the 4.4.3.2 format)',
    (duration) => {
      expect(isIsoDuration(duration)).toBe(false);
    },
  );

  it('4.6.s1.b1 only strings can be durations', () => {
    expect(isIsoDuration(1234)).toBe(false);
  });
});
