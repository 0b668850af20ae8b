import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@lms/server-core';
import { XAPI_VERSION, XapiGuard } from './xapi-guard';

/** GET /xapi/about (Communication §2.8): which xAPI versions this LRS speaks. Open, like the spec says. */
@ApiTags('xapi')
@Controller('xapi/about')
@UseGuards(XapiGuard)
export class XapiAboutController {
  @Get()
  @Public()
  about(): { version: string[]; extensions: Record<string, unknown> } {
    return { version: [XAPI_VERSION], extensions: {} };
  }
}
