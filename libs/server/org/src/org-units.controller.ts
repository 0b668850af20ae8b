import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { OrgUnitNode } from '@lms/contracts';
import { Authenticated, CurrentActor, Roles, type Actor } from '@lms/server-core';
import { CreateOrgUnitDto } from './dtos/create-org-unit.dto';
import { OrgUnitsService } from './org-units.service';

@ApiTags('org-units')
@ApiBearerAuth()
@Controller('org-units')
export class OrgUnitsController {
  constructor(private readonly service: OrgUnitsService) {}

  @Get()
  @Authenticated()
  tree(@CurrentActor() actor: Actor): Promise<OrgUnitNode[]> {
    return this.service.tree(actor);
  }

  @Post()
  @Roles('admin')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateOrgUnitDto): Promise<OrgUnitNode> {
    return this.service.create(dto, actor.userId);
  }
}
