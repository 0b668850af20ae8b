import { Module } from '@nestjs/common';
import { XapiClientsController } from './clients/xapi-clients.controller';
import { XapiForwardingController } from './forwarding/forwarding.controller';
import { ForwardingRepository } from './forwarding/forwarding.repository';
import { TypeOrmForwardingRepository } from './forwarding/typeorm-forwarding.repository';
import { XapiAboutController } from './lrs/about.controller';
import { XapiActivitiesAgentsController } from './lrs/activities-agents.controller';
import { XapiActivityProfileController, XapiAgentProfileController, XapiStateController } from './lrs/documents.controller';
import { XapiStatementsController } from './lrs/statements.controller';
import { XapiGuard } from './lrs/xapi-guard';
import { XapiModule } from './xapi.module';

/** The admin API for clients (under /api/v1) and the LRS itself (at /xapi, outside the prefix). */
@Module({
  imports: [XapiModule],
  controllers: [XapiClientsController, XapiAboutController, XapiStatementsController, XapiActivitiesAgentsController, XapiStateController, XapiActivityProfileController, XapiAgentProfileController, XapiForwardingController],
  providers: [XapiGuard, { provide: ForwardingRepository, useClass: TypeOrmForwardingRepository }],
})
export class XapiHttpModule {}
