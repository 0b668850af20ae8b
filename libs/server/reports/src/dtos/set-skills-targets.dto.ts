import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsNumber, IsPositive, Max, ValidateBy, ValidateNested } from 'class-validator';
import { COMPETENCE_AREAS, type CompetenceArea } from '@lms/contracts';

export class SkillsTargetDto {
  @ApiProperty({ enum: COMPETENCE_AREAS })
  @IsIn(COMPETENCE_AREAS)
  area!: CompetenceArea;

  @ApiProperty({ description: 'The share of staff to reach, above 0 and at most 1', example: 0.8 })
  // Not IsNumber's maxDecimalPlaces: it throws on a number printed without a "." (5e-324), a 500.
  @IsNumber()
  @ValidateBy({ name: 'maxDecimalPlaces', validator: { validate: (v) => typeof v === 'number' && Number(v.toFixed(3)) === v, defaultMessage: () => 'targetShare must have at most 3 decimal places' } })
  @IsPositive()
  @Max(1)
  targetShare!: number;
}

/** PUT /reports/skills/targets (admins): the areas to change; others keep theirs. */
export class SetSkillsTargetsDto {
  @ApiProperty({ type: [SkillsTargetDto] })
  @ValidateNested({ each: true })
  @Type(() => SkillsTargetDto)
  @ArrayMinSize(1)
  @ArrayUnique((t: SkillsTargetDto) => t?.area, { message: 'targets must name each area once' })
  @ArrayMaxSize(COMPETENCE_AREAS.length)
  targets!: SkillsTargetDto[];
}
