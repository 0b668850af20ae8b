import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { SystemPingView } from '@lms/contracts';
import { enqueueInTransaction } from '../queue/outbox';
import { SystemPing } from './system-ping.entity';

export type { SystemPingView };

function toView(p: SystemPing): SystemPingView {
  return {
    id: p.id,
    requestedAt: p.requestedAt.toISOString(),
    handledAt: p.handledAt?.toISOString() ?? null,
    roundTripMs: p.handledAt ? p.handledAt.getTime() - p.requestedAt.getTime() : null,
  };
}

@Injectable()
export class SystemPingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records the ping and its job in one transaction: the job exists exactly when the ping does. */
  async request(requestedBy: string): Promise<SystemPingView> {
    const id = randomUUID();
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(SystemPing).insert({ id, requestedBy, requestedAt: new Date() });
      await enqueueInTransaction(m, [{ name: 'system.ping', payload: { pingId: id }, jobId: `system.ping.${id}` }]);
    });
    return this.get(id);
  }

  async get(id: string): Promise<SystemPingView> {
    const ping = await this.dataSource.getRepository(SystemPing).findOneBy({ id });
    if (!ping) throw new NotFoundException('Ping not found');
    return toView(ping);
  }

  /** Idempotent: the first handling wins, a repeat changes nothing. */
  async markHandled(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE system_pings SET handled_at = now() WHERE id = $1 AND handled_at IS NULL`, [id]);
  }
}
