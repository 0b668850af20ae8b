import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDateString, IsInt, IsObject, IsOptional, Max, Min } from 'class-validator';
import type { ScormCommit } from '@lms/contracts';

export class ScormCommitDto implements ScormCommit {
  @ApiProperty({ type: 'object', additionalProperties: true, description: "scorm-again's CMI JSON (renderCMIToJSONObject)" })
  @IsObject()
  cmi!: Record<string, unknown>;

  @ApiProperty({ description: "The device's commit counter: a commit older than the one kept changes nothing" })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  seq!: number;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true })
  committedAt!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  finished?: boolean;
}
