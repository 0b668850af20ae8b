import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokensRepository, type NewRefreshToken } from './refresh-tokens.repository';

@Injectable()
export class TypeOrmRefreshTokensRepository extends RefreshTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async insert(token: NewRefreshToken): Promise<void> {
    await this.dataSource.getRepository(RefreshToken).insert(token);
  }

  findByHash(tokenHash: Buffer): Promise<RefreshToken | null> {
    return this.dataSource.getRepository(RefreshToken).findOneBy({ tokenHash });
  }

  rotate(spentId: string, next: NewRefreshToken): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const [, spent] = await m.query(
        `UPDATE refresh_tokens SET rotated_at = now() WHERE id = $1 AND rotated_at IS NULL AND revoked_at IS NULL`,
        [spentId],
      );
      if (spent !== 1) return false;
      await m.getRepository(RefreshToken).insert(next);
      return true;
    });
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.dataSource.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
  }

  async revokeAllForUser(userId: string, exceptFamilyId?: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = now()
       WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR family_id <> $2::uuid)`,
      [userId, exceptFamilyId ?? null],
    );
  }
}
