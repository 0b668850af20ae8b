import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { UserView } from '@lms/contracts';
import { Authenticated, CurrentActor, type Actor } from '@lms/server-core';
import { ChangePasswordDto } from './dtos/change-password.dto';
import { UpdateMeDto } from './dtos/update-me.dto';
import { MeService } from './me.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @Authenticated()
  get(@CurrentActor() actor: Actor): Promise<UserView> {
    return this.me.get(actor);
  }

  @Patch()
  @Authenticated()
  update(@CurrentActor() actor: Actor, @Body() dto: UpdateMeDto): Promise<UserView> {
    return this.me.update(actor, dto);
  }

  @Post('password')
  @Authenticated()
  @HttpCode(204)
  async changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.me.changePassword(actor, dto);
  }
}
