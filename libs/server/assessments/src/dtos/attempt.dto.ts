import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDateString, IsDefined, IsNumber, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import type { AnswerValue } from '@lms/contracts';

export class ResponseDto {
  @ApiProperty()
  @IsUUID()
  questionId: string;

  @ApiProperty({ description: 'By type: an option id, an array of option ids, a boolean, a string, a number, or {promptId: optionId}; null clears it', nullable: true })
  // null is a value here (it clears the answer); only a missing answer is refused.
  @ValidateIf((o: ResponseDto) => o.answer !== null)
  @IsDefined({ message: 'answer is required (null clears it)' })
  answer: AnswerValue | null;

  @ApiPropertyOptional({ description: 'When the device saved it (offline sync): an older write never replaces a newer one' })
  @IsOptional()
  @IsDateString()
  savedAt?: string;
}

export class SaveResponsesDto {
  @ApiProperty({ type: [ResponseDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ResponseDto)
  responses: ResponseDto[];
}

export class GradeResponseDto {
  @ApiProperty({ minimum: 0 })
  @IsNumber()
  @Min(0)
  score: number;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comment?: string;

  @ApiPropertyOptional({ description: 'Refuse (409 assessments.already-graded) when the answer already has a score, instead of replacing it' })
  @IsOptional()
  @IsBoolean()
  ifUngraded?: boolean;
}
