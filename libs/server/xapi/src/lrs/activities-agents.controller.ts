import { BadRequestException, Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@lms/server-core';
import type { JsonObject } from '../statements';
import { XapiActivitiesAgentsService } from './activities-agents.service';
import { XapiGuard, XapiScopes } from './xapi-guard';

const only = (query: Record<string, unknown>, name: string) => {
  const extra = Object.keys(query).filter((k) => k !== name);
  if (extra.length) throw new BadRequestException(`Only ${name} may be given, not ${extra.join(', ')}`);
  return query[name];
};

/** GET /xapi/activities (Communication §2.5) and GET /xapi/agents (§2.6), for clients that may read statements. */
@ApiTags('xapi')
@Controller('xapi')
@UseGuards(XapiGuard)
export class XapiActivitiesAgentsController {
  constructor(private readonly lookups: XapiActivitiesAgentsService) {}

  @Get('activities')
  @Public()
  @XapiScopes('statements/read')
  activity(@Query() query: Record<string, unknown>): Promise<JsonObject> {
    return this.lookups.activity(only(query, 'activityId'));
  }

  @Get('agents')
  @Public()
  @XapiScopes('statements/read')
  person(@Query() query: Record<string, unknown>): Promise<JsonObject> {
    return this.lookups.person(only(query, 'agent'));
  }
}
