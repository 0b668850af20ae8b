import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { RevokeCertificateRequest } from '@lms/contracts';

export class RevokeCertificateDto implements RevokeCertificateRequest {
  @ApiProperty({ description: 'Why, as the verify page will show it', minLength: 3, maxLength: 500 })
  @IsString()
  @Length(3, 500)
  reason: string;
}
