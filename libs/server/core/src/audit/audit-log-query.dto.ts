import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../http/page-query.dto';

/** GET /audit-log?page=&pageSize=&action=&actorId=&from=&to= */
export class AuditLogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Exactly this action, e.g. org.unit.created', maxLength: 64 })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[a-z0-9._-]+$/, { message: 'action must be lower-case letters, digits, dots, hyphens or underscores' })
  action?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only what this user did' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 instant, inclusive (a bare date is midnight UTC)' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 instant, exclusive (a bare date is midnight UTC)' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;
}
