import { Controller, Get, Header, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  cookieValue,
  LOGIN_COOKIE,
  Public,
  SESSION_COOKIE,
  SESSION_STORE,
  sessionCookieOptions,
  type SessionStore,
} from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { LEDGER_CONFIG } from '@vl/platform';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { HttpProblem } from '../shared/problem.js';
import { OidcClient } from './oidc-client.js';
import { sameOriginPath } from './return-to.js';
import { secureCookies, setSessionCookie } from './session-answer.js';
import { signInProblems } from './sign-in.problems.js';

const LOGIN_COOKIE_PATH = '/auth/callback';
const LOGIN_REQUEST_SECONDS = 10 * 60;

/**
 * OpenID Connect sign-in for the pages (backend-for-frontend): the service is the client, redeems the code
 * itself and keeps only a session; no token reaches the browser. Served at /auth, outside the API prefix,
 * where the provider's redirect URI points.
 */
@ApiTags('sign-in')
@Controller('auth')
export class OidcSignInHttpController {
  constructor(
    @Inject(OidcClient) private readonly client: OidcClient | null,
    @Inject(SESSION_STORE) private readonly sessions: SessionStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  @Get('login')
  @Public()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Start OpenID Connect sign-in: 302 to the identity provider (code flow, PKCE, state, nonce)',
  })
  @ApiQuery({ name: 'returnTo', required: false, description: 'A path on this site to land on afterwards' })
  @ApiFoundResponse({ description: 'To the identity provider; sets the short-lived vl_login cookie' })
  async login(
    @Query('returnTo') returnTo: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const client = this.configured();
    const path = sameOriginPath(returnTo);
    if (path === undefined) throw signInProblems.returnToInvalid();
    const { url, request: loginRequest } = await client.startSignIn(path);
    const id = await this.sessions.saveLoginRequest(loginRequest);
    void reply.setCookie(
      LOGIN_COOKIE,
      id,
      sessionCookieOptions(this.secure(request), LOGIN_REQUEST_SECONDS, LOGIN_COOKIE_PATH),
    );
    void reply.redirect(url.href, 302);
  }

  @Get('callback')
  @Public()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary:
      'Where the identity provider returns: sets the vl_session cookie and 302 to returnTo; a browser is sent to /sign-in?error=CODE when it fails',
  })
  @ApiQuery({ name: 'code', required: false })
  @ApiQuery({ name: 'state', required: false })
  @ApiQuery({ name: 'iss', required: false })
  @ApiQuery({ name: 'error', required: false })
  @ApiFoundResponse({ description: 'Signed in: to returnTo' })
  async callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    try {
      const client = this.configured();
      const id = cookieValue(request, LOGIN_COOKIE);
      void reply.clearCookie(
        LOGIN_COOKIE,
        sessionCookieOptions(this.secure(request), undefined, LOGIN_COOKIE_PATH),
      );
      const loginRequest = id === undefined ? undefined : await this.sessions.takeLoginRequest(id);
      if (loginRequest === undefined) throw signInProblems.loginRequestUnknown();
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
      const identity = await client.finishSignIn(query, loginRequest);
      const previous = cookieValue(request, SESSION_COOKIE);
      if (previous !== undefined) await this.sessions.end(previous);
      const session = await this.sessions.open(identity.actor, identity.displayName, 'oidc');
      setSessionCookie(
        reply,
        request,
        this.config.signIn.session.cookieSecure,
        session.id,
        session.expiresAt,
      );
      void reply.redirect(loginRequest.returnTo, 302);
    } catch (error) {
      // A person's browser lands on the sign-in page with the reason; API clients get the problem itself.
      const code = problemCode(error);
      if (code !== undefined && acceptsHtml(request)) {
        void reply.redirect(`/sign-in?error=${encodeURIComponent(code)}`, 303);
        return;
      }
      throw error;
    }
  }

  private configured(): OidcClient {
    if (this.client === null) throw signInProblems.oidcNotConfigured();
    return this.client;
  }

  private secure(request: FastifyRequest): boolean {
    return secureCookies(request, this.config.signIn.session.cookieSecure);
  }
}

function problemCode(error: unknown): string | undefined {
  if (error instanceof HttpProblem) return error.code;
  if (error instanceof Error && error.name === 'AuthenticationError')
    return (error as Error & { code?: string }).code;
  return undefined;
}

function acceptsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return /\btext\/html\b/i.test(accept);
}
