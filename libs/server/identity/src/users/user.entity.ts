import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale, Role, UserStatus } from '@lms/contracts';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Always lower case. */
  @Column({ type: 'varchar' })
  email: string;

  @Column({ type: 'varchar', nullable: true })
  employeeId: string | null;

  @Column({ type: 'varchar' })
  displayName: string;

  @Column({ type: 'varchar', nullable: true })
  position: string | null;

  @Column({ type: 'varchar' })
  locale: Locale;

  @Column({ type: 'boolean', default: false })
  emailOptOut: boolean;

  @Column({ type: 'uuid' })
  orgUnitId: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ type: 'varchar' })
  status: UserStatus;

  /** Null until a password is set: such a user cannot sign in. Never leaves the API. */
  @Column({ type: 'text', nullable: true, select: true })
  passwordHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
