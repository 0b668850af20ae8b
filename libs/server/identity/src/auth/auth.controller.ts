import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { LoginResponse } from '@lms/contracts';
import { Authenticated, CurrentActor, Public, type Actor } from '@lms/server-core';
import type { User } from '../users/user.entity';
import { AuthService } from './auth.service';
import { LoginDto } from './dtos/login.dto';
import { RefreshDto } from './dtos/refresh.dto';
import { LoginGuard } from './login.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @UseGuards(LoginGuard)
  @HttpCode(200)
  @ApiBody({ type: LoginDto })
  @ApiUnauthorizedResponse({ description: 'Unknown login or wrong password (the same answer for both)' })
  @ApiTooManyRequestsResponse({ description: '5 failures on an account or 50 from an address within 15 minutes' })
  login(@Req() req: FastifyRequest & { user: User }): Promise<LoginResponse> {
    return this.auth.login(req.user);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  refresh(@Body() dto: RefreshDto, @Req() req: FastifyRequest): Promise<LoginResponse> {
    return this.auth.refresh(dto.refreshToken, { ip: req.ip, reqId: String(req.id) });
  }

  @Post('logout')
  @Authenticated()
  @ApiBearerAuth()
  @HttpCode(204)
  async logout(@Body() dto: RefreshDto, @CurrentActor() actor: Actor): Promise<void> {
    await this.auth.logout(actor, dto.refreshToken);
  }
}
