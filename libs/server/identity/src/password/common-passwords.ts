/**
 * Passwords that top every breach list, and ones a Lao office would guess first. Compared after
 * lower-casing. A longer list (for example the NCSC top 100k) can replace this one through the
 * same function.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '12345678', '123456789', '1234567890', '12345678910', '87654321', '11111111', '00000000', '88888888', '99999999',
  '11223344', '12341234', '12121212', '123123123', '147258369', '159753456', '987654321', '11112222', '66666666',
  'password', 'password1', 'password12', 'password123', 'password!', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'pa$$word',
  'qwertyui', 'qwerty123', 'qwertyuiop', 'qwerty12', '1q2w3e4r', '1q2w3e4r5t', 'zaq12wsx', '1qaz2wsx', 'asdfghjk',
  'asdf1234', 'zxcvbnm1', 'abcd1234', 'abc12345', 'abcdefgh', 'a1b2c3d4', 'aa123456', 'iloveyou', 'iloveyou1',
  'sunshine', 'princess', 'football', 'baseball', 'superman', 'starwars', 'whatever', 'trustno1', 'welcome1',
  'welcome123', 'letmein1', 'letmein123', 'admin123', 'admin1234', 'administrator', 'changeme', 'changeme1',
  'computer', 'internet', 'michael1', 'jennifer', 'samsung1', 'samsung123', 'dragon12', 'monkey12', 'master12',
  'shadow12', 'football1', 'charlie1', 'freedom1', 'michelle', 'liverpool', 'chelsea1', 'manchester', 'password01',
  'default1', 'test1234', 'testtest', 'guest123', 'user1234', 'login123', 'secret12', 'secret123', 'q1w2e3r4',
  'laos1234', 'lao12345', 'laopdr123', 'vientiane', 'vientiane1', 'vientiane123', 'champa123', 'beerlao1',
  'luangprabang', 'savannakhet', 'champasak', 'sabaidee', 'sabaidee1', 'sabaidee123', 'khopjai1', 'mtc12345',
  'ministry1', 'ministry123', 'government', 'government1', 'lane1234', 'lanelms1', 'elearning', 'elearning1',
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
