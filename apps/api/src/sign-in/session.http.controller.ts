import { Body, Controller, Get, Header, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  AccessDeniedError,
  CSRF_HEADER,
  cookieValue,
  Public,
  secretsEqual,
  SESSION_COOKIE,
  SESSION_STORE,
  type SessionStore,
} from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { LEDGER_CONFIG } from '@vl/platform';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { WithoutIdempotency } from '../shared/without-idempotency.js';
import { clearSessionCookie, SessionAnswer, signedIn, signedOut } from './session-answer.js';
import { enabledMethods } from './sign-in.settings.js';

/** Signing out takes no fields; a body, when sent, must be an empty object. */
export class SignOutRequest {}

/** The page's view of its session: who is signed in and the CSRF token, or how to sign in. */
@ApiTags('sign-in')
@Controller()
export class SessionHttpController {
  constructor(
    @Inject(SESSION_STORE) private readonly sessions: SessionStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  @Get('session')
  @Public()
  @Header('cache-control', 'no-store')
  @ApiCookieAuth('session')
  @ApiOperation({
    summary:
      'Who the session cookie signs in, with its CSRF token; or, signed out, the sign-in methods offered',
  })
  @ApiOkResponse({ type: SessionAnswer })
  async session(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionAnswer> {
    const id = cookieValue(request, SESSION_COOKIE);
    const session = id === undefined ? undefined : await this.sessions.find(id);
    if (session !== undefined) return signedIn(session);
    if (id !== undefined) clearSessionCookie(reply, request, this.config.signIn.session.cookieSecure);
    return signedOut(enabledMethods(this.config));
  }

  @Post('auth/sign-out')
  @HttpCode(204)
  @Public()
  @WithoutIdempotency()
  @ApiCookieAuth('session')
  @ApiHeader({ name: 'X-CSRF-Token', required: true, description: 'The csrfToken of GET /api/v1/session' })
  @ApiOperation({ summary: 'End the session: the server forgets it and the cookie is cleared' })
  @ApiNoContentResponse({ description: 'Signed out (also when no session was open)' })
  async signOut(
    @Body() _request: SignOutRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const id = cookieValue(request, SESSION_COOKIE);
    const session = id === undefined ? undefined : await this.sessions.find(id);
    if (id !== undefined && session !== undefined) {
      if (!secretsEqual(request.headers[CSRF_HEADER], session.csrfToken)) {
        throw new AccessDeniedError(
          'CSRF_TOKEN_INVALID',
          'signing out by the session cookie needs the session’s X-CSRF-Token header',
        );
      }
      await this.sessions.end(id);
    }
    clearSessionCookie(reply, request, this.config.signIn.session.cookieSecure);
  }
}
