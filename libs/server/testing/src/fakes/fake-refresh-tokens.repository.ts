import { randomUUID } from 'node:crypto';
import { RefreshTokensRepository, type NewRefreshToken, type RefreshToken } from '@lms/server-identity';

export class FakeRefreshTokensRepository extends RefreshTokensRepository {
  readonly tokens: RefreshToken[] = [];

  async insert(token: NewRefreshToken) {
    this.tokens.push({ ...token, id: randomUUID(), rotatedAt: null, revokedAt: null, createdAt: new Date() });
  }
  async findByHash(hash: Buffer) {
    return this.tokens.find((t) => t.tokenHash.equals(hash)) ?? null;
  }
  async rotate(spentId: string, next: NewRefreshToken) {
    const spent = this.tokens.find((t) => t.id === spentId);
    if (!spent || spent.rotatedAt || spent.revokedAt) return false;
    spent.rotatedAt = new Date();
    await this.insert(next);
    return true;
  }
  async revokeFamily(familyId: string) {
    for (const t of this.tokens) if (t.familyId === familyId && !t.revokedAt) t.revokedAt = new Date();
  }
  async revokeAllForUser(userId: string, exceptFamilyId?: string) {
    for (const t of this.tokens) if (t.userId === userId && t.familyId !== exceptFamilyId && !t.revokedAt) t.revokedAt = new Date();
  }
}
