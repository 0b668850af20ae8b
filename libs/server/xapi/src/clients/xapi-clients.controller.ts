import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsString, Length } from 'class-validator';
import { XAPI_SCOPES, type Page, type XapiClientCredentials, type XapiClientView, type XapiScope } from '@lms/contracts';
import { CurrentActor, PageQueryDto, Roles, type Actor } from '@lms/server-core';
import { XapiClientsService } from './xapi-clients.service';

export class CreateXapiClientDto {
  @ApiProperty({ example: 'Ministry of Finance HR system' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: XAPI_SCOPES, isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(XAPI_SCOPES.length)
  @IsIn(XAPI_SCOPES, { each: true })
  scopes: XapiScope[];
}

/** Admins issue, list and revoke the credentials other systems use for the LRS at /xapi. */
@ApiTags('xapi')
@ApiBearerAuth()
@Controller('xapi-clients')
export class XapiClientsController {
  constructor(private readonly clients: XapiClientsService) {}

  /** The secret is in this answer only. */
  @Post()
  @Roles('admin')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateXapiClientDto): Promise<XapiClientCredentials> {
    return this.clients.create(actor, dto.name, dto.scopes);
  }

  @Get()
  @Roles('admin')
  list(@Query() query: PageQueryDto): Promise<Page<XapiClientView>> {
    return this.clients.list(query);
  }

  /** Its requests are refused from now on; the statements it stored stay. */
  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  async revoke(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.clients.revoke(actor, id);
  }
}
