import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { COURSE_CATEGORIES, type CourseCategory } from '@lms/contracts';
import { UnitQueryDto } from './unit-query.dto';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters a summary and an export share: the unit, and which enrolments count. */
export class ReportFilterDto extends UnitQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @ApiPropertyOptional({ enum: COURSE_CATEGORIES })
  @IsOptional()
  @IsIn(COURSE_CATEGORIES)
  category?: CourseCategory;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  assignmentId?: string;

  @ApiPropertyOptional({ description: 'Enrolled on or after this day (YYYY-MM-DD, Vientiane time)' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a day, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'from must be a day of the calendar' })
  from?: string;

  @ApiPropertyOptional({ description: 'Enrolled on or before this day (YYYY-MM-DD, Vientiane time)' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a day, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'to must be a day of the calendar' })
  to?: string;
}
