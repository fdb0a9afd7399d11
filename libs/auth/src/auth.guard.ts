import { type CanActivate, type ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Actor } from '@vl/domain';
import { ACCESS_RULE_KEY, evaluateRoles, isAccessRule } from './access-rule.js';
import { AccessDeniedError, AuthenticationError } from './auth.errors.js';
import { AUTH_TOKEN_VERIFIER } from './auth.tokens.js';
import { bearerToken, type AuthenticatedRequest } from './bearer-token.js';
import { clientKey } from './client-address.js';
import { AUTH_FAILURE_LIMIT, PUBLIC_LIMIT, RateLimiter } from './rate-limiter.js';
import { CSRF_HEADER, cookieValue, isStateChanging, SESSION_COOKIE } from './session/session-cookie.js';
import { secretsEqual } from './session/session-secrets.js';
import { SessionStore } from './session/session-store.js';
import { SESSION_STORE } from './session/session.tokens.js';
import { TokenVerifier } from './token-verifier.js';

/**
 * The one gate in front of every route. It fails closed: a handler without an access rule is refused,
 * so a route added without thinking about access is never open by default.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly limiter: RateLimiter;

  constructor(
    @Inject(AUTH_TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(Reflector) private readonly reflector: Reflector,
    @Optional() @Inject(RateLimiter) limiter?: RateLimiter,
    @Optional() @Inject(SESSION_STORE) private readonly sessions?: SessionStore,
  ) {
    this.limiter = limiter ?? new RateLimiter();
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') {
      throw new AccessDeniedError(
        'UNSUPPORTED_CONTEXT',
        `no access rules exist for ${context.getType()} handlers`,
      );
    }
    const rule: unknown = this.reflector.getAllAndOverride(ACCESS_RULE_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!isAccessRule(rule)) {
      throw new AccessDeniedError('NO_ACCESS_RULE', 'this route declares no access rule');
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const client = clientKey(request.ip);
    switch (rule.kind) {
      case 'public':
        this.limiter.consume(rule.rateLimit ?? PUBLIC_LIMIT, client);
        return true;
      case 'roles': {
        const actor = await this.authenticate(request, client);
        const decision = evaluateRoles(rule, actor);
        if (!decision.allowed) {
          throw new AccessDeniedError(
            decision.code,
            `roles ${actor.roles.join(', ')} may not use this route`,
          );
        }
        return true;
      }
    }
  }

  private async authenticate(request: AuthenticatedRequest, client: string): Promise<Actor> {
    // Checked before verifying, so a client guessing tokens costs no signature checks once it is over the limit.
    this.limiter.assertAllowed(AUTH_FAILURE_LIMIT, client);
    try {
      const actor = await this.identify(request);
      request.actor = actor;
      return actor;
    } catch (error) {
      // A missing token is a client that has not logged in, not one guessing; it is not counted.
      if (error instanceof AuthenticationError && error.code !== 'TOKEN_MISSING') {
        this.limiter.record(AUTH_FAILURE_LIMIT, client);
      }
      throw error;
    }
  }

  /**
   * A bearer token when the request has an Authorization header; otherwise the page's session cookie. A
   * cookie travels with every request the browser makes, so a state-changing one must also prove it comes
   * from the pages: the session's CSRF token in a header no other site can set.
   */
  private async identify(request: AuthenticatedRequest): Promise<Actor> {
    const authorization = request.headers.authorization;
    const sessionId = cookieValue(request, SESSION_COOKIE);
    if ((authorization === undefined || authorization.trim() === '') && sessionId !== undefined) {
      if (this.sessions !== undefined) {
        const session = await this.sessions.authenticate(sessionId);
        if (
          isStateChanging(request.method) &&
          !secretsEqual(request.headers[CSRF_HEADER], session.csrfToken)
        ) {
          throw new AccessDeniedError(
            'CSRF_TOKEN_INVALID',
            'a request signed in by the session cookie must carry the session’s X-CSRF-Token header',
          );
        }
        return session.actor;
      }
    }
    return this.verifier.verify(bearerToken(request.headers));
  }
}
