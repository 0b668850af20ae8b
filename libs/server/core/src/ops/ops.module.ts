import { Module } from '@nestjs/common';
import { SystemPingController } from './system-ping.controller';
import { SystemPingProcessor } from './system-ping.processor';
import { SystemPingService } from './system-ping.service';

@Module({ providers: [SystemPingService], exports: [SystemPingService] })
export class OpsModule {}

@Module({ imports: [OpsModule], controllers: [SystemPingController] })
export class OpsHttpModule {}

@Module({ imports: [OpsModule], providers: [SystemPingProcessor] })
export class OpsJobsModule {}
