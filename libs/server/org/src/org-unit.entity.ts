import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrgUnitKind } from '@lms/contracts';

@Entity('org_units')
export class OrgUnit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar' })
  code: string;

  @Column({ type: 'varchar' })
  nameLo: string;

  @Column({ type: 'varchar' })
  nameEn: string;

  @Column({ type: 'varchar' })
  kind: OrgUnitKind;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  /** "/<root id>/<child id>/…/<own id>/": see the foundation migration for why. */
  @Column({ type: 'text' })
  path: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
