import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, PINO_LOGGER, type AppConfig } from '@lms/server-core';
import { ensureFirstAdmin } from './bootstrap/ensure-first-admin';
import { PasswordHasher } from './password/password-hasher';
import { UsersRepository } from './users/users.repository';
import { OrgUnitsRepository } from '@lms/server-org';

/** Creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD when the API starts. */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PINO_LOGGER) private readonly logger: Logger,
    private readonly users: UsersRepository,
    private readonly orgUnits: OrgUnitsRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.admin) return;
    const outcome = await ensureFirstAdmin(this.config.admin, { users: this.users, orgUnits: this.orgUnits, hasher: this.hasher });
    if (outcome !== 'exists') this.logger.info({ email: this.config.admin.email, outcome }, 'first admin ensured');
  }
}
