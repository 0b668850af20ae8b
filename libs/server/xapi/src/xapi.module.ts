import { Module } from '@nestjs/common';
import { TypeOrmXapiClientsRepository } from './clients/typeorm-xapi-clients.repository';
import { XapiClientsRepository } from './clients/xapi-clients.repository';
import { XapiClientsService } from './clients/xapi-clients.service';
import { StatementsRepository } from './lrs/statements.repository';
import { XapiStatementsService } from './lrs/statements.service';
import { TypeOrmStatementsRepository } from './lrs/typeorm-statements.repository';

/** The LRS's clients and (as it grows) its statements and documents, without HTTP. */
@Module({
  providers: [XapiClientsService, { provide: XapiClientsRepository, useClass: TypeOrmXapiClientsRepository }, XapiStatementsService, { provide: StatementsRepository, useClass: TypeOrmStatementsRepository }],
  exports: [XapiClientsService, XapiStatementsService, StatementsRepository],
})
export class XapiModule {}
