import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { UserStatus } from '@lms/contracts';
import { CreateUserDto } from './create-user.dto';

export class UpdateUserDto extends PartialType(CreateUserDto) {
  @ApiPropertyOptional({ enum: ['active', 'disabled'], description: 'Disabling signs the user out everywhere' })
  @IsOptional()
  @IsIn(['active', 'disabled'])
  status?: UserStatus;
}
