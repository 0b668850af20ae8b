import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDateString, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { PageQueryDto } from '@lms/server-core';

export class CreateAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  courseId: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Everyone active in this unit's subtree" })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ description: 'Only users holding this position (within orgUnitId, or within your scope)' })
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @Length(1, 200)
  position?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50_000)
  @IsUUID('all', { each: true })
  userIds?: string[];

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString({ strict: true })
  dueAt?: string;

  @ApiPropertyOptional({ description: 'A due date relative to each enrolment, for people who join later' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  dueInDays?: number;

  @ApiPropertyOptional({ description: 'Re-open the course this many months after each completion' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  recurrenceMonths?: number;
}

export class ListAssignmentsQuery extends PageQueryDto {}

export class CompleteLessonDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When it was completed, for completions made offline and synced later' })
  @IsOptional()
  @IsDateString({ strict: true })
  completedAt?: string;
}
