import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { FEEDBACK_POLICIES, SCORE_POLICIES, SELECTION_MODES, type FeedbackPolicy, type ScorePolicy, type SelectionMode } from '@lms/contracts';

export class QuizSelectionDto {
  @ApiProperty({ enum: SELECTION_MODES })
  @IsIn(SELECTION_MODES)
  mode: SelectionMode;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, description: 'random: how many questions to draw' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  count?: number;

  @ApiPropertyOptional({ description: 'random: draw from this category and its subcategories' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  category?: string;
}

class QuizFieldsDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 600, nullable: true, description: 'null: no time limit' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  timeLimitMinutes?: number | null;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, nullable: true, description: 'null: no limit' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxAttempts?: number | null;

  @ApiPropertyOptional({ description: 'Shuffle the order of the questions' })
  @IsOptional()
  @IsBoolean()
  shuffle?: boolean;

  @ApiPropertyOptional({ description: 'Shuffle each question’s options (defaults to shuffle)' })
  @IsOptional()
  @IsBoolean()
  shuffleOptions?: boolean;

  @ApiPropertyOptional({ enum: SCORE_POLICIES, default: 'highest' })
  @IsOptional()
  @IsIn(SCORE_POLICIES)
  scorePolicy?: ScorePolicy;

  @ApiPropertyOptional({ enum: FEEDBACK_POLICIES, default: 'after_grading' })
  @IsOptional()
  @IsIn(FEEDBACK_POLICIES)
  feedback?: FeedbackPolicy;

  @ApiPropertyOptional({ description: 'A final exam: the other modules must be completed first' })
  @IsOptional()
  @IsBoolean()
  requiresOtherModules?: boolean;
}

export class CreateQuizDto extends QuizFieldsDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiProperty()
  @IsUUID()
  questionBankId: string;

  @ApiProperty({ type: QuizSelectionDto })
  @ValidateNested()
  @Type(() => QuizSelectionDto)
  selection: QuizSelectionDto;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsNumber()
  @Min(0)
  @Max(100)
  passPercent: number;
}

export class UpdateQuizDto extends QuizFieldsDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  questionBankId?: string;

  @ApiPropertyOptional({ type: QuizSelectionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuizSelectionDto)
  selection?: QuizSelectionDto;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  passPercent?: number;

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  position?: number;
}
