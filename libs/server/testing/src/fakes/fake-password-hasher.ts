import { PasswordHasher } from '@lms/server-identity';

/** Reversible "hashing" for unit tests: fast, and obviously not for production. */
export class FakePasswordHasher extends PasswordHasher {
  dummyVerifications = 0;
  async hash(password: string) {
    return `fake:${password}`;
  }
  async verify(hash: string, password: string) {
    return hash === `fake:${password}`;
  }
  async verifyDummy() {
    this.dummyVerifications++;
  }
}
