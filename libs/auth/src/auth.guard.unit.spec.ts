import {
  type ArgumentsHost,
  Catch,
  Controller,
  type ExceptionFilter,
  Get,
  HttpCode,
  HttpException,
  Module,
  Post,
  Req,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Actor } from '@vl/domain';
import { type FastifyReply } from 'fastify';
import { Access, Public } from './access-rule.js';
import { authErrorStatus, isAuthError, RateLimitedError } from './auth.errors.js';
import { AuthModule } from './auth.module.js';
import { type AuthenticatedRequest } from './bearer-token.js';
import { CurrentActor } from './current-actor.decorator.js';
import { mintDevelopmentToken } from './development-token.js';
import { assertRouteAccessRules, getRouteAccessRules } from './route-access-rules.js';

const SECRET = 'a-development-secret-of-enough-length-0123456789';
const written: string[] = [];

@Controller('demo')
class DemoController {
  @Get('open')
  @Public()
  open(): { open: true } {
    return { open: true };
  }

  @Get('certificates')
  @Public({ rateLimit: 'certificate-verification' })
  certificate(): { valid: true } {
    return { valid: true };
  }

  @Get('records')
  @Access({ kind: 'roles', roles: ['admin', 'organizer'], write: false })
  records(
    @CurrentActor() actor: Actor,
    @Req() request: AuthenticatedRequest,
  ): { actor: Actor; onRequest: boolean } {
    return { actor, onRequest: request.actor === actor };
  }

  @Post('records')
  @HttpCode(201)
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  create(@CurrentActor() actor: Actor): { by: string } {
    written.push(actor.sub);
    return { by: actor.sub };
  }

  // Deliberately without a rule: the guard must refuse it.
  @Get('forgotten')
  forgotten(): { leaked: true } {
    return { leaked: true };
  }
}

@Controller('mine')
@Access({ kind: 'roles', roles: ['volunteer'], write: false })
class MineController {
  @Get()
  mine(@CurrentActor() actor: Actor): { volunteerId: string | undefined } {
    return { volunteerId: actor.volunteerId };
  }

  @Get('help')
  @Public()
  help(): { help: true } {
    return { help: true };
  }
}

/** Stands in for the API's problem-details filter: just enough to see status, code and Retry-After. */
@Catch()
class AuthErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (isAuthError(error)) {
      if (error instanceof RateLimitedError)
        void reply.header('retry-after', String(error.retryAfterSeconds));
      void reply.status(authErrorStatus(error)).send({ code: error.code, detail: error.message });
      return;
    }
    const status = error instanceof HttpException ? error.getStatus() : 500;
    void reply.status(status).send({ code: 'UNEXPECTED', detail: String(error) });
  }
}

@Module({
  imports: [
    AuthModule.forRoot({
      auth: { jwtSecret: SECRET },
      rateLimits: {
        limits: {
          'auth-failure': { limit: 3, windowSeconds: 60 },
          'certificate-verification': { limit: 2, windowSeconds: 60 },
        },
      },
    }),
  ],
  controllers: [DemoController, MineController],
})
class DemoModule {}

describe('AuthGuard in a Nest application on Fastify', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let clients = 0;

  beforeAll(async () => {
    // Trusting X-Forwarded-For lets each test act as its own client, so rate limits do not leak across tests.
    app = await NestFactory.create<NestFastifyApplication>(
      DemoModule,
      new FastifyAdapter({ trustProxy: true }),
      { logger: false },
    );
    app.setGlobalPrefix('api/v1');
    app.useGlobalFilters(new AuthErrorFilter());
    await app.listen(0, '127.0.0.1');
    baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await app.close();
  });

  function newClient(): (
    path: string,
    init?: { method?: string; token?: string; authorization?: string },
  ) => Promise<Response> {
    clients += 1;
    const address = `198.51.100.${clients}`;
    return (path, init = {}) =>
      fetch(`${baseUrl}/api/v1${path}`, {
        method: init.method ?? 'GET',
        headers: {
          'x-forwarded-for': address,
          ...(init.token === undefined ? {} : { authorization: `Bearer ${init.token}` }),
          ...(init.authorization === undefined ? {} : { authorization: init.authorization }),
        },
      });
  }

  const token = (claims: Parameters<typeof mintDevelopmentToken>[1]): Promise<string> =>
    mintDevelopmentToken(SECRET, claims);
  const organizer = (): Promise<string> => token({ sub: 'org-1', roles: ['organizer'], org: 'hetang' });

  it('serves a public route without a token', async () => {
    const response = await newClient()('/demo/open');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ open: true });
  });

  it('refuses a route without an access rule, even to the system administrator', async () => {
    const call = newClient();
    const anonymous = await call('/demo/forgotten');
    expect(anonymous.status).toBe(403);
    expect(await anonymous.json()).toMatchObject({ code: 'NO_ACCESS_RULE' });
    const root = await call('/demo/forgotten', {
      token: await token({ sub: 'root', roles: ['admin'], org: '*' }),
    });
    expect(root.status).toBe(403);
  });

  it('lets an allowed role in and puts the verified actor on the request', async () => {
    const response = await newClient()('/demo/records', { token: await organizer() });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      actor: { sub: 'org-1', roles: ['organizer'], org: 'hetang' },
      onRequest: true,
    });
  });

  it('answers 401 without a token, with a bad token, or with a malformed header', async () => {
    const call = newClient();
    const missing = await call('/demo/records');
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ code: 'TOKEN_MISSING' });
    const forged = await call('/demo/records', {
      token: await mintDevelopmentToken(`${SECRET}-other`, { sub: 'x', roles: ['admin'], org: '*' }),
    });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ code: 'TOKEN_INVALID' });
    const basic = await newClient()('/demo/records', { authorization: 'Basic dXNlcjpwYXNz' });
    expect(basic.status).toBe(401);
  });

  it('answers 403 to a role the rule does not name, and the handler never runs', async () => {
    const call = newClient();
    const volunteer = await token({ sub: 'v-1', roles: ['volunteer'], org: 'hetang', volunteerId: 'vol-1' });
    const read = await call('/demo/records', { token: volunteer });
    expect(read.status).toBe(403);
    expect(await read.json()).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
    const before = written.length;
    expect((await call('/demo/records', { method: 'POST', token: await organizer() })).status).toBe(403);
    expect(written).toHaveLength(before);
  });

  it('lets an auditor read where an admin reads, and refuses its writes', async () => {
    const call = newClient();
    const auditor = await token({ sub: 'aud-1', roles: ['auditor'], org: 'zhuzhou' });
    expect((await call('/demo/records', { token: auditor })).status).toBe(200);
    const before = written.length;
    const writeAttempt = await call('/demo/records', { method: 'POST', token: auditor });
    expect(writeAttempt.status).toBe(403);
    expect(await writeAttempt.json()).toMatchObject({ code: 'READ_ONLY_ROLE' });
    expect(written).toHaveLength(before);
    const admin = await token({ sub: 'adm-1', roles: ['admin'], org: 'zhuzhou' });
    expect((await call('/demo/records', { method: 'POST', token: admin })).status).toBe(201);
    expect(written.at(-1)).toBe('adm-1');
  });

  it('applies a controller rule to its routes unless a route declares its own', async () => {
    const call = newClient();
    const volunteer = await token({ sub: 'v-2', roles: ['volunteer'], org: 'hetang', volunteerId: 'vol-2' });
    const mine = await call('/mine', { token: volunteer });
    expect(mine.status).toBe(200);
    expect(await mine.json()).toEqual({ volunteerId: 'vol-2' });
    expect((await call('/mine', { token: await organizer() })).status).toBe(403);
    expect((await call('/mine/help')).status).toBe(200);
  });

  it('limits repeated authentication failures per client, before verifying anything', async () => {
    const call = newClient();
    for (let i = 0; i < 3; i += 1)
      expect((await call('/demo/records', { token: 'not-a-token' })).status).toBe(401);
    const limited = await call('/demo/records', { token: await organizer() });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
    // Another client is not affected.
    expect((await newClient()('/demo/records', { token: await organizer() })).status).toBe(200);
  });

  it('does not count requests that simply carry no token as failures', async () => {
    const call = newClient();
    for (let i = 0; i < 5; i += 1) expect((await call('/demo/records')).status).toBe(401);
    expect((await call('/demo/records', { token: await organizer() })).status).toBe(200);
  });

  it('rate-limits a public route by its named limit', async () => {
    const call = newClient();
    expect((await call('/demo/certificates')).status).toBe(200);
    expect((await call('/demo/certificates')).status).toBe(200);
    const limited = await call('/demo/certificates');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    // The general public budget is a separate one.
    expect((await call('/demo/open')).status).toBe(200);
  });

  it('lists every route with its rule, and names the one without', () => {
    const routes = getRouteAccessRules(app, { globalPrefix: 'api/v1' });
    expect(routes.map((route) => `${route.method} ${route.path} ${route.rule?.kind ?? 'none'}`)).toEqual([
      'GET /api/v1/demo/certificates public',
      'GET /api/v1/demo/forgotten none',
      'GET /api/v1/demo/open public',
      'GET /api/v1/demo/records roles',
      'POST /api/v1/demo/records roles',
      'GET /api/v1/mine roles',
      'GET /api/v1/mine/help public',
    ]);
    expect(routes.find((route) => route.handler === 'create')?.rule).toEqual({
      kind: 'roles',
      roles: ['admin'],
      write: true,
    });
    expect(() => assertRouteAccessRules(app, { globalPrefix: 'api/v1' })).toThrow(
      /GET \/api\/v1\/demo\/forgotten \(DemoController\.forgotten\) has no access rule/,
    );
    expect(() => assertRouteAccessRules(app, { rateLimits: ['public'] })).toThrow(
      /unknown rate limit "certificate-verification"/,
    );
  });
});
