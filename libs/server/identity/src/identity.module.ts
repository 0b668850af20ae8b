import { Module } from '@nestjs/common';
import { AccessTokenModule, AccessTokenRevocationModule } from '@lms/server-core';
import { OrgModule } from '@lms/server-org';
import { AuthService } from './auth/auth.service';
import { LoginThrottleService } from './auth/login-throttle.service';
import { TokenService } from './auth/token.service';
import { MeService } from './me/me.service';
import { Argon2PasswordHasher, PasswordHasher } from './password/password-hasher';
import { RefreshTokensRepository } from './sessions/refresh-tokens.repository';
import { TypeOrmRefreshTokensRepository } from './sessions/typeorm-refresh-tokens.repository';
import { LoginThrottleRepository } from './throttle/login-throttle.repository';
import { TypeOrmLoginThrottleRepository } from './throttle/typeorm-login-throttle.repository';
import { UsersImportService } from './users/import/users-import.service';
import { TypeOrmUsersRepository } from './users/typeorm-users.repository';
import { UsersRepository } from './users/users.repository';
import { UsersService } from './users/users.service';

/** Users, passwords and sign-in sessions: the services and their storage, without HTTP. */
@Module({
  imports: [OrgModule, AccessTokenModule, AccessTokenRevocationModule],
  providers: [
    AuthService,
    LoginThrottleService,
    TokenService,
    MeService,
    UsersService,
    UsersImportService,
    { provide: PasswordHasher, useClass: Argon2PasswordHasher },
    { provide: UsersRepository, useClass: TypeOrmUsersRepository },
    { provide: RefreshTokensRepository, useClass: TypeOrmRefreshTokensRepository },
    { provide: LoginThrottleRepository, useClass: TypeOrmLoginThrottleRepository },
  ],
  exports: [AuthService, MeService, UsersService, UsersImportService, UsersRepository, PasswordHasher, OrgModule],
})
export class IdentityModule {}
