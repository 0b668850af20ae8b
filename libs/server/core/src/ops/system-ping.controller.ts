import { Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../auth/actor';
import { Roles } from '../auth/access-policy';
import { SystemPingService, type SystemPingView } from './system-ping.service';

/** Lets an admin check that queued work really reaches the worker. */
@ApiTags('system')
@ApiBearerAuth()
@Controller('system/pings')
export class SystemPingController {
  constructor(private readonly pings: SystemPingService) {}

  @Post()
  @Roles('admin')
  request(@CurrentActor() actor: Actor): Promise<SystemPingView> {
    return this.pings.request(actor.userId);
  }

  @Get(':id')
  @Roles('admin')
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<SystemPingView> {
    return this.pings.get(id);
  }
}
