import { BadRequestException, Controller, Get, MethodNotAllowedException, Post, Query, Req, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@lms/server-core';
import type { JsonObject } from '../statements';
import { XapiActivitiesAgentsService } from './activities-agents.service';
import { AlternateHeadInterceptor } from './alternate-head.interceptor';
import { XapiAccess, XapiGuard, type XapiRequest } from './xapi-guard';

const only = (query: Record<string, unknown>, name: string) => {
  const extra = Object.keys(query).filter((k) => k !== name);
  if (extra.length) throw new BadRequestException(`Only ${name} may be given, not ${extra.join(', ')}`);
  return query[name];
};

/** These resources are only read: a POST is welcome only as the alternate syntax's GET (§1.3). */
const readOnly = (request: XapiRequest) => {
  if (request.xapiMethod !== 'GET' && request.xapiMethod !== 'HEAD') throw new MethodNotAllowedException('This resource is only read (GET)');
};

/** GET /xapi/activities (Communication §2.5) and GET /xapi/agents (§2.4), for clients that may read statements. */
@ApiTags('xapi')
@Controller('xapi')
@UseGuards(XapiGuard)
@UseInterceptors(AlternateHeadInterceptor)
@XapiAccess({ read: ['statements/read'], write: [] })
export class XapiActivitiesAgentsController {
  constructor(private readonly lookups: XapiActivitiesAgentsService) {}

  @Get('activities')
  @Public()
  activity(@Query() query: Record<string, unknown>): Promise<JsonObject> {
    return this.lookups.activity(only(query, 'activityId'));
  }

  @Post('activities')
  @Public()
  activityByForm(@Req() request: XapiRequest, @Query() query: Record<string, unknown>): Promise<JsonObject> {
    readOnly(request);
    return this.activity(query);
  }

  @Get('agents')
  @Public()
  person(@Query() query: Record<string, unknown>): Promise<JsonObject> {
    return this.lookups.person(only(query, 'agent'));
  }

  @Post('agents')
  @Public()
  personByForm(@Req() request: XapiRequest, @Query() query: Record<string, unknown>): Promise<JsonObject> {
    readOnly(request);
    return this.person(query);
  }
}
