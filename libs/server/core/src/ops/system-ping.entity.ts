import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A round trip through outbox, relay, BullMQ and worker, requested by an admin to prove the pipeline. */
@Entity('system_pings')
export class SystemPing {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  handledAt: Date | null;
}
