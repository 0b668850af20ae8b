import { Module } from '@nestjs/common';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { AuthController } from './auth/auth.controller';
import { LocalStrategy } from './auth/local.strategy';
import { IdentityModule } from './identity.module';
import { MeController } from './me/me.controller';
import { UsersController } from './users/users.controller';

@Module({
  imports: [IdentityModule],
  controllers: [AuthController, MeController, UsersController],
  providers: [LocalStrategy, AdminBootstrapService],
})
export class IdentityHttpModule {}
