import { RefreshToken } from './sessions/refresh-token.entity';
import { User } from './users/user.entity';

export const IDENTITY_ENTITIES = [User, RefreshToken];
export * from './users/user.entity';
export * from './users/user.mapper';
export * from './users/users.repository';
export * from './users/role-grants';
export * from './users/import/users-csv.parser';
export * from './sessions/refresh-token.entity';
export * from './sessions/refresh-tokens.repository';
export * from './throttle/login-throttle.repository';
export * from './password/password-hasher';
export * from './password/password-policy';
export * from './bootstrap/ensure-first-admin';
export * from './identity.exception';
export * from './identity.module';
export * from './identity-http.module';
export * from './users/typeorm-users.repository';
