import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import type { OrgUnitKind } from '@lms/contracts';

export const ORG_UNIT_KINDS: OrgUnitKind[] = ['institute', 'ministry', 'department', 'division', 'province', 'district'];

export class LocalizedNameDto {
  @ApiProperty({ example: 'ກະຊວງການເງິນ' })
  @IsString()
  @Length(1, 200)
  lo: string;

  @ApiProperty({ example: 'Ministry of Finance' })
  @IsString()
  @Length(1, 200)
  en: string;
}

export class CreateOrgUnitDto {
  @ApiProperty({ example: 'MOF-BUDGET', description: 'Upper-case letters, digits, - and _' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,63}$/, { message: 'code must be 2 to 64 upper-case letters, digits, - or _' })
  code: string;

  @ApiProperty({ type: LocalizedNameDto })
  @ValidateNested()
  @Type(() => LocalizedNameDto)
  name: LocalizedNameDto;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ enum: ORG_UNIT_KINDS, description: 'Inferred from the parent when left out' })
  @IsOptional()
  @IsIn(ORG_UNIT_KINDS)
  kind?: OrgUnitKind;
}
