import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ACCESS_TOKEN_ALGORITHM } from './access-token';

/** JwtService set up for access tokens: HS256, issuer, audience and lifetime from config. */
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwt.accessSecret,
        signOptions: {
          algorithm: ACCESS_TOKEN_ALGORITHM,
          issuer: config.jwt.issuer,
          audience: config.jwt.audience,
          expiresIn: config.jwt.accessTtlSeconds,
        },
        verifyOptions: { algorithms: [ACCESS_TOKEN_ALGORITHM], issuer: config.jwt.issuer, audience: config.jwt.audience },
      }),
    }),
  ],
  exports: [JwtModule],
})
export class AccessTokenModule {}
