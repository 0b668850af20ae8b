import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a passphrase', () => {
    expect(passwordProblem('ນ້ຳຂອງໄຫຼຍາວ 2026')).toBeNull();
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });

  it('refuses fewer than 8 characters, counted as characters rather than bytes', () => {
    expect(passwordProblem('Ab1!xyz')).toMatch(/at least 8/);
    expect(passwordProblem('ສະບາຍດີ')).toMatch(/at least 8/); // 7 code points, 21 bytes
  });

  it('refuses common passwords whatever their case', () => {
    expect(passwordProblem('Password123')).toMatch(/too common/);
    expect(passwordProblem('SABAIDEE123')).toMatch(/too common/);
  });

  it('refuses passwords built on the user’s own email or employee id', () => {
    expect(passwordProblem('somchai2026!', ['somchai@mtc.gov.la'])).toMatch(/email or employee id/);
    expect(passwordProblem('xxMTC-0042yy', ['a@b.la', 'mtc-0042'])).toMatch(/email or employee id/);
  });

  it('refuses overlong and repetitive passwords', () => {
    expect(passwordProblem('x'.repeat(129))).toMatch(/at most 128/);
    expect(passwordProblem('abababababab')).toMatch(/more than two/);
  });
});
