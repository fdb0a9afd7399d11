import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Session, SESSION_COOKIE, type SignInMethod, sessionCookieOptions } from '@vl/auth';
import { type FastifyReply, type FastifyRequest } from 'fastify';

export class SessionActor {
  @ApiProperty({ example: 'volunteer:v1' })
  sub!: string;

  @ApiProperty({
    example: ['volunteer'],
    isArray: true,
    enum: ['volunteer', 'organizer', 'school', 'admin', 'auditor'],
  })
  roles!: string[];

  @ApiProperty({
    example: 'lianhua',
    description: 'The organisation node the roles are bound to; * is the root',
  })
  org!: string;

  @ApiPropertyOptional({ example: 'v1' })
  volunteerId?: string;

  @ApiPropertyOptional({ example: 'no2' })
  schoolId?: string;
}

/** `GET /session` and a sign-in's answer; `signedIn` tells the two shapes apart. */
export class SessionAnswer {
  @ApiProperty()
  signedIn!: boolean;

  @ApiPropertyOptional({
    isArray: true,
    enum: ['development', 'oidc'],
    description: 'Signed out: the sign-in methods this deployment offers',
  })
  methods?: SignInMethod[];

  @ApiPropertyOptional({
    description: 'Signed in: send it as X-CSRF-Token on every POST, PUT, PATCH and DELETE',
  })
  csrfToken?: string;

  @ApiPropertyOptional({ type: SessionActor })
  actor?: SessionActor;

  @ApiPropertyOptional({ example: '张小青' })
  displayName?: string;

  @ApiPropertyOptional({ enum: ['development', 'oidc'], description: 'Signed in: how' })
  method?: SignInMethod;

  @ApiPropertyOptional({ description: 'Signed in: when the session ends at the latest' })
  expiresAt?: string;
}

export function signedIn(session: Session): SessionAnswer {
  const { actor } = session;
  return {
    signedIn: true,
    csrfToken: session.csrfToken,
    actor: {
      sub: actor.sub,
      roles: [...actor.roles],
      org: actor.org,
      ...(actor.volunteerId === undefined ? {} : { volunteerId: actor.volunteerId }),
      ...(actor.schoolId === undefined ? {} : { schoolId: actor.schoolId }),
    },
    displayName: session.displayName,
    method: session.method,
    expiresAt: session.expiresAt.toISOString(),
  };
}

export function signedOut(methods: SignInMethod[]): SessionAnswer {
  return { signedIn: false, methods };
}

/** Cookies are Secure over HTTPS, and always when COOKIE_SECURE says TLS ends before this service. */
export function secureCookies(request: FastifyRequest, cookieSecure: boolean): boolean {
  return cookieSecure || request.protocol === 'https';
}

export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  cookieSecure: boolean,
  id: string,
  expiresAt: Date,
): void {
  const maxAge = Math.ceil((expiresAt.getTime() - Date.now()) / 1000);
  void reply.setCookie(
    SESSION_COOKIE,
    id,
    sessionCookieOptions(secureCookies(request, cookieSecure), maxAge),
  );
}

export function clearSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  cookieSecure: boolean,
): void {
  void reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(secureCookies(request, cookieSecure)));
}
