import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A job request written in the same transaction as the change that causes it. */
@Entity('outbox')
export class OutboxMessage {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'varchar' })
  jobId: string;

  @Column({ type: 'varchar' })
  queue: string;

  @Column({ type: 'varchar' })
  name: string;

  @Column({ type: 'jsonb' })
  payload: unknown;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
