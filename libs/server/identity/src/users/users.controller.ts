import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Page, UserView, UsersImportResult } from '@lms/contracts';
import { CurrentActor, readUploadedFile, Roles, type Actor } from '@lms/server-core';
import { CreateUserDto } from './dtos/create-user.dto';
import { ListUsersQuery } from './dtos/list-users.query';
import { UpdateUserDto } from './dtos/update-user.dto';
import { UsersImportService } from './import/users-import.service';

import { UsersService } from './users.service';

/** Admins manage everyone; HR managers manage the users of their org unit's subtree. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly importer: UsersImportService,
  ) {}

  @Get()
  @Roles('admin', 'hr_manager')
  list(@CurrentActor() actor: Actor, @Query() query: ListUsersQuery): Promise<Page<UserView>> {
    return this.users.list(actor, query);
  }

  @Post()
  @Roles('admin', 'hr_manager')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(actor, dto);
  }

  @Post('import')
  @Roles('admin', 'hr_manager')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiUnprocessableEntityResponse({ description: '{"errors":[{"line","field","message"}]}: nothing was written' })
  async import(@CurrentActor() actor: Actor, @Req() req: FastifyRequest): Promise<UsersImportResult> {
    return this.importer.import(actor, await readUploadedFile(req, 'file'));
  }

  @Get(':id')
  @Roles('admin', 'hr_manager')
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<UserView> {
    return this.users.get(actor, id);
  }

  @Patch(':id')
  @Roles('admin', 'hr_manager')
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateUserDto): Promise<UserView> {
    return this.users.update(actor, id, dto);
  }
}
