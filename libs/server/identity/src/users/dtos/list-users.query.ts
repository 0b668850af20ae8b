import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ROLES, type Role } from '@lms/contracts';
import { PageQueryDto } from '@lms/server-core';

export class ListUsersQuery extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Users anywhere in this unit’s subtree' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ description: 'Part of a name, email or employee id' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}
