import { Module } from '@nestjs/common';
import { TypeOrmXapiClientsRepository } from './clients/typeorm-xapi-clients.repository';
import { XapiClientsRepository } from './clients/xapi-clients.repository';
import { XapiClientsService } from './clients/xapi-clients.service';
import { DocumentsRepository } from './documents/documents.repository';
import { XapiDocumentsService } from './documents/documents.service';
import { TypeOrmDocumentsRepository } from './documents/typeorm-documents.repository';
import { XapiActivitiesAgentsService } from './lrs/activities-agents.service';
import { StatementsRepository } from './lrs/statements.repository';
import { XapiStatementsService } from './lrs/statements.service';
import { TypeOrmStatementsRepository } from './lrs/typeorm-statements.repository';

/** The LRS's clients and (as it grows) its statements and documents, without HTTP. */
@Module({
  providers: [XapiClientsService, { provide: XapiClientsRepository, useClass: TypeOrmXapiClientsRepository }, XapiStatementsService, XapiActivitiesAgentsService, { provide: StatementsRepository, useClass: TypeOrmStatementsRepository }, XapiDocumentsService, { provide: DocumentsRepository, useClass: TypeOrmDocumentsRepository }],
  exports: [XapiClientsService, XapiStatementsService, XapiActivitiesAgentsService, StatementsRepository, XapiDocumentsService],
})
export class XapiModule {}
