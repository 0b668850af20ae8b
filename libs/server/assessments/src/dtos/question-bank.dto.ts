import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '@lms/server-core';
import { IMPORT_FORMATS, type ImportFormat } from '../banks/import-questions';

export class CreateQuestionBankDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ description: 'The course the bank belongs to; leave out for an institute bank that every course may use' })
  @IsOptional()
  @IsUUID()
  courseId?: string;
}

export class ListQuestionBanksQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only this course’s banks (and institute banks)' })
  @IsOptional()
  @IsUUID()
  courseId?: string;
}

export class ImportQuery {
  @ApiProperty({ enum: IMPORT_FORMATS })
  @IsIn(IMPORT_FORMATS)
  format: ImportFormat;
}
