import { Module } from '@nestjs/common';
import { TypeOrmXapiClientsRepository } from './clients/typeorm-xapi-clients.repository';
import { XapiClientsRepository } from './clients/xapi-clients.repository';
import { XapiClientsService } from './clients/xapi-clients.service';

/** The LRS's clients and (as it grows) its statements and documents, without HTTP. */
@Module({
  providers: [XapiClientsService, { provide: XapiClientsRepository, useClass: TypeOrmXapiClientsRepository }],
  exports: [XapiClientsService],
})
export class XapiModule {}
