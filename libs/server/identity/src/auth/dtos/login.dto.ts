import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ description: 'Email or employee id', example: 'learner@demo.lane.la' })
  @IsString()
  @Length(1, 254)
  login: string;

  @ApiProperty({ example: 'a long passphrase' })
  @IsString()
  @Length(1, 1024)
  password: string;
}
