import { SetMetadata } from '@nestjs/common';
import type { Role } from '@lms/contracts';

export const ACCESS_POLICY = 'lane:access-policy';

/**
 * Every HTTP handler declares who may call it; the API refuses to start when one does not
 * (see AccessPolicyAudit). Object- and organisation-level checks happen in the services, through
 * OrgScope, on top of this.
 */
export type AccessPolicy = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

/** Open to anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Any signed-in user, whatever their roles. */
export const Authenticated = () => SetMetadata(ACCESS_POLICY, { kind: 'authenticated' } satisfies AccessPolicy);

/** Signed-in users holding at least one of these roles. */
export const Roles = (...roles: [Role, ...Role[]]) => SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy);
