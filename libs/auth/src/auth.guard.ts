import { type CanActivate, type ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { decodeJwt } from 'jose';
import { type Actor } from '@vl/domain';
import { ACCESS_RULE_KEY, evaluateRoles, isAccessRule } from './access-rule.js';
import { AccessDeniedError, AuthenticationError } from './auth.errors.js';
import { AUTH_TOKEN_VERIFIER, ORGANIZATION_PATHS, type OrganizationPaths } from './auth.tokens.js';
import { bearerToken, type AuthenticatedRequest } from './bearer-token.js';
import { clientKey } from './client-address.js';
import { covers } from './org-scope.js';
import { AUTH_FAILURE_LIMIT, PUBLIC_LIMIT, RateLimiter } from './rate-limiter.js';
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
    @Optional() @Inject(ORGANIZATION_PATHS) private readonly organizationPaths?: OrganizationPaths,
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

  /**
   * For a public route that reads more with a token (a certificate's full name): no token, no actor; a
   * token is verified and a bad one counts as a failed authentication like on any other route.
   */
  async authenticateIfPresent(request: AuthenticatedRequest): Promise<Actor | undefined> {
    if (request.headers.authorization === undefined) return undefined;
    return this.authenticate(request, clientKey(request.ip));
  }

  private async authenticate(request: AuthenticatedRequest, client: string): Promise<Actor> {
    // Checked before verifying, so a client guessing tokens costs no signature checks once it is over the limit.
    this.limiter.assertAllowed(AUTH_FAILURE_LIMIT, client);
    let token = '';
    try {
      token = bearerToken(request.headers);
      const actor = await this.verifier.verify(token);
      await this.assertConsistentWithTree(actor);
      request.actor = actor;
      return actor;
    } catch (error) {
      // A missing token is a client that has not logged in, not one guessing; it is not counted.
      if (error instanceof AuthenticationError && error.code !== 'TOKEN_MISSING') {
        this.limiter.record(AUTH_FAILURE_LIMIT, client);
        // Failures also count against the subject the token names, wherever they come from: a guesser
        // spread over many addresses is still one. A token that verifies is never held back by this.
        const subject = unverifiedSubject(token);
        if (subject !== undefined) {
          this.limiter.record(AUTH_FAILURE_LIMIT, `sub:${subject}`);
          this.limiter.assertAllowed(AUTH_FAILURE_LIMIT, `sub:${subject}`);
        }
      }
      throw error;
    }
  }

  /**
   * A school account acts for its school, which lies within the node its roles are bound to; a token
   * naming a school elsewhere contradicts itself and is refused whole. A school the ledger does not know
   * yet has no records to read, so it is let through until it is registered.
   */
  private async assertConsistentWithTree(actor: Actor): Promise<void> {
    if (this.organizationPaths === undefined || actor.schoolId === undefined) return;
    const path = await this.organizationPaths(actor.schoolId);
    if (path !== undefined && !covers(actor.org, path)) {
      throw new AuthenticationError(
        'CLAIMS_INVALID',
        `claim "schoolId" names a school outside the subtree of "${actor.org}"`,
        'schoolId',
      );
    }
  }
}

/** The `sub` a token claims, read without verifying it: only ever a key for counting failures. */
function unverifiedSubject(token: string): string | undefined {
  try {
    const { sub } = decodeJwt(token);
    return typeof sub === 'string' && sub.length > 0 ? sub.slice(0, 128) : undefined;
  } catch {
    return undefined;
  }
}
