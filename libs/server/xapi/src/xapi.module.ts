import { Module } from '@nestjs/common';
import { TypeOrmXapiClientsRepository } from './clients/typeorm-xapi-clients.repository';
import { XapiClientsRepository } from './clients/xapi-clients.repository';
import { XapiClientsService } from './clients/xapi-clients.service';
import { XapiActivitiesAgentsService } from './lrs/activities-agents.service';
import { StatementsRepository } from './lrs/statements.repository';
import { XapiStatementsService } from './lrs/statements.service';
import { TypeOrmStatementsRepository } from './lrs/typeorm-statements.repository';

/** The LRS's clients and (as it grows) its statements and documents, without HTTP. */
@Module({
  providers: [XapiClientsService, { provide: XapiClientsRepository, useClass: TypeOrmXapiClientsRepository }, XapiStatementsService, XapiActivitiesAgentsService, { provide: StatementsRepository, useClass: TypeOrmStatementsRepository }],
  exports: [XapiClientsService, XapiStatementsService, XapiActivitiesAgentsService, StatementsRepository],
})
export class XapiModule {}
