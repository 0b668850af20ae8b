import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import type { NotificationView, Page } from '@lms/contracts';
import { ApiException, Authenticated, Clock, CurrentActor, PageQueryDto, pageOf, QueryBoolean, type Actor } from '@lms/server-core';
import { NotificationsRepository } from './notifications.repository';

export class ListNotificationsQuery extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  unread?: boolean;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly clock: Clock,
  ) {}

  /** Newest first; `unread` counts all unread ones, for the badge. */
  @Get()
  @Authenticated()
  async list(@CurrentActor() actor: Actor, @Query() query: ListNotificationsQuery): Promise<Page<NotificationView> & { unread: number }> {
    const { items, total, unread } = await this.notifications.mine(actor.userId, { unreadOnly: query.unread ?? false, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
    return { ...pageOf(items, total, query), unread };
  }

  @Post(':id/read')
  @HttpCode(204)
  @Authenticated()
  async read(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    if (!(await this.notifications.markRead(actor.userId, id, this.clock.now()))) throw new ApiException(404, 'Notification not found');
  }

  @Post('read-all')
  @HttpCode(204)
  @Authenticated()
  async readAll(@CurrentActor() actor: Actor): Promise<void> {
    await this.notifications.markAllRead(actor.userId, this.clock.now());
  }
}
