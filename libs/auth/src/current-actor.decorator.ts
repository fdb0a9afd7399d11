import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Actor } from '@vl/domain';
import { AuthenticationError } from './auth.errors.js';
import { type AuthenticatedRequest } from './bearer-token.js';

/**
 * The actor `AuthGuard` attached to the request. On a route that did not authenticate (a public one) there
 * is none, and asking for it is refused rather than handing the handler an `undefined` to trust.
 */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const { actor } = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (actor === undefined)
    throw new AuthenticationError('TOKEN_MISSING', 'this route requires an authenticated actor');
  return actor;
});
