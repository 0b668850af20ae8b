import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { LOCALES, ROLES, type Locale, type Role } from '@lms/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const EMPLOYEE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

export class CreateUserDto {
  @ApiProperty({ example: 'somchai.k@mtc.gov.la' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address' })
  @Length(3, 254)
  email: string;

  @ApiProperty({ example: 'ສົມໃຈ ແກ້ວມະນີ' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  displayName: string;

  @ApiPropertyOptional({ example: 'MTC-00123', nullable: true })
  @IsOptional()
  @Transform(trim)
  @Matches(EMPLOYEE_ID_PATTERN, { message: 'employeeId must be 1 to 64 letters, digits, ".", "_", "/" or "-"' })
  employeeId?: string | null;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  orgUnitId: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true, default: ['learner'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ enum: LOCALES, default: 'lo' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ example: 'Technical officer', nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 200)
  position?: string | null;

  @ApiPropertyOptional({ description: 'Left out, the user cannot sign in until one is set' })
  @IsOptional()
  @IsString()
  @Length(1, 1024)
  password?: string;
}
