import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Locale, Role } from '@lms/contracts';

/** The signed-in user a request acts for, as the access token describes them. */
export interface Actor {
  userId: string;
  roles: Role[];
  orgUnitId: string;
  locale: Locale;
  /** The refresh-token family (sign-in) this access token came from. */
  sessionId: string | null;
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

/** Injects the Actor that AccessGuard put on the request. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<{ user?: Actor }>().user;
  if (!actor) throw new Error('CurrentActor used on a handler that is not authenticated');
  return actor;
});
