import { Module } from '@nestjs/common';
import { AuditLogController } from './audit-log.controller';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogService } from './audit-log.service';
import { TypeOrmAuditLogRepository } from './typeorm-audit-log.repository';

/** Reading the audit log over HTTP (admins). Imported by OpsHttpModule, so the API registers it with the rest of operations. */
@Module({ controllers: [AuditLogController], providers: [AuditLogService, { provide: AuditLogRepository, useClass: TypeOrmAuditLogRepository }] })
export class AuditLogHttpModule {}
