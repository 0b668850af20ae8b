import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import {
  COMPETENCE_AREAS,
  COURSE_CATEGORIES,
  COURSE_LEVELS,
  COURSE_STATUSES,
  LOCALES,
  PROFICIENCY_LEVELS,
  type CompetenceArea,
  type CourseCategory,
  type CourseLevel,
  type CourseStatus,
  type Locale,
  type ProficiencyLevel,
} from '@lms/contracts';
import { PageQueryDto, QueryBoolean } from '@lms/server-core';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CompetenceDto {
  @ApiProperty({ enum: COMPETENCE_AREAS })
  @IsIn(COMPETENCE_AREAS)
  area: CompetenceArea;

  @ApiProperty({ enum: PROFICIENCY_LEVELS })
  @IsIn(PROFICIENCY_LEVELS)
  level: ProficiencyLevel;
}

export class CreateCourseDto {
  @ApiProperty({ example: 'ຄວາມປອດໄພທາງໄຊເບີ ສຳລັບພະນັກງານລັດ' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty()
  @IsString()
  @Length(0, 2000)
  summary: string;

  @ApiProperty({ enum: COURSE_CATEGORIES })
  @IsIn(COURSE_CATEGORIES)
  category: CourseCategory;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale: Locale;

  @ApiProperty({ enum: COURSE_LEVELS })
  @IsIn(COURSE_LEVELS)
  level: CourseLevel;

  @ApiPropertyOptional({ minimum: 1, maximum: 10000, nullable: true, description: 'null clears it' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  estimatedMinutes?: number;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: [CompetenceDto], description: 'DigComp 2.2 areas the course builds' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => CompetenceDto)
  competences?: CompetenceDto[];

  @ApiPropertyOptional({ description: 'URL name; made from the title when left out', example: 'cybersecurity-awareness-lo' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lower-case letters and digits joined by single hyphens' })
  @Length(3, 120)
  slug?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The same course in the other language' })
  @IsOptional()
  @IsUUID()
  translationOf?: string;
}

export class UpdateCourseDto extends PartialType(CreateCourseDto) {}

export class ListCoursesQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: COURSE_CATEGORIES })
  @IsOptional()
  @IsIn(COURSE_CATEGORIES)
  category?: CourseCategory;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ enum: LOCALES, description: 'courses in this language first (the reader’s own), then the others; each by title' })
  @IsOptional()
  @IsIn(LOCALES)
  prefer?: Locale;

  @ApiPropertyOptional({ enum: COURSE_STATUSES, description: 'draft and archived: instructors (their own courses) and admins only' })
  @IsOptional()
  @IsIn(COURSE_STATUSES)
  status?: CourseStatus;

  @ApiPropertyOptional({ description: 'only the courses the caller authors (an admin: all), as their draft reads; instructors and admins only' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  mine?: boolean;
}

export class CreateModuleDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title: string;
}

export class UpdateModuleDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional({ description: '1-based; the others move to make room' })
  @IsOptional()
  @IsInt()
  @Min(1)
  position?: number;
}

export class CreateLessonDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ description: 'CommonMark; raw HTML is not rendered' })
  @IsString()
  @Length(0, 200_000)
  markdown: string;
}

export class UpdateLessonDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 200_000)
  markdown?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  position?: number;
}

export class PreviewLessonDto {
  @ApiProperty({ description: 'CommonMark, as PATCH /lessons/:id would take it' })
  @IsString()
  @Length(0, 200_000)
  markdown: string;
}

export class AuthorCandidatesQuery {
  @ApiProperty({ description: 'part of an instructor’s name or email (2–100 characters)' })
  @Transform(trim)
  @IsString()
  @Length(2, 100)
  q: string;
}

export class ReplaceAuthorsDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'The co-authors besides the owner' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  userIds: string[];
}
