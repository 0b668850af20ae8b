import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

/** A report about one unit's subtree. */
export class UnitQueryDto {
  @ApiPropertyOptional({ description: "Defaults to the asker's own unit" })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;
}
