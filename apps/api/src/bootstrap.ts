import { birthDatesOf, PersonalDataStore } from '@vl/personal-data';
import 'reflect-metadata';
import {
  ConsoleLogger,
  type DynamicModule,
  type INestApplication,
  Logger,
  type LogLevel,
  Module,
  type Type,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { fastifyCookie } from '@fastify/cookie';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AuthModule } from '@vl/auth';
import { LogController } from 'fastify';
import { type LedgerConfig } from '@vl/config';
import { type PolicySet } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { type SqlClient } from '@vl/sql';
import { PublisherModule, publisherOptionsFromConfig } from '@vl/messaging';
import { DirectoryQuery, Projector } from '@vl/read-model';
import { EVENT_STORE, LedgerInfrastructureModule, POLICY_SET, SQL_CLIENT } from '@vl/platform';
import { ApiModule } from './api.module.js';
import { SESSION_COOKIE } from '@vl/auth';
import { documentSessionCookie } from './sign-in/session-cookie.openapi.js';
import { SignInModule } from './sign-in/sign-in.module.js';
import { registerHttpSecurity } from './platform/http-security.js';
import { answerWrongMethodWith405 } from './platform/method-not-allowed.js';
import { correlationIdOf } from './platform/correlation-id.js';
import { LedgerMetrics } from './platform/metrics/ledger-metrics.js';
import { serveMetrics } from './platform/metrics/metrics-endpoint.js';
import { LagReader } from './platform/lag-reader.js';
import { PlatformModule } from './platform/platform.module.js';
import { completeOpenApiDocument } from './platform/openapi.js';
import { InFlightRequests, observeRequests } from './platform/request-observer.js';
import { type Clock } from './shared/clock.js';
import { installJsonBodyParser } from './shared/json-body.js';
import { answerFrameworkError, ProblemDetailsFilter } from './shared/problem-details.filter.js';
import { ProblemDetailsDto, withProblemResponses } from './shared/problem-details.dto.js';
import { createValidationPipe } from './shared/validation.js';
import { WaitingReadsInterceptor } from './shared/waiting-reads.interceptor.js';
import { serveWebPages } from './web/web-pages.js';
import {
  CSV_MEDIA_TYPE,
  IMPORT_BODY_LIMIT_BYTES,
  XLSX_MEDIA_TYPE,
} from './imports/import-hours/import-hours.request.dto.js';

export interface LedgerApp {
  readonly app: INestApplication;
  /** The base URL the API listens on, e.g. http://127.0.0.1:3000 */
  readonly url: string;
  /** Where `/metrics` is served on its own port (METRICS_PORT), when it is. */
  readonly metricsUrl: string | undefined;
  /** Stops the roles after draining what is in flight; the signal, when one asked, is logged. */
  close(signal?: string): Promise<void>;
  /** The OpenAPI document served at /docs/openapi.json (undefined without the api role). */
  readonly openApiDocument: OpenAPIObject | undefined;
}

/** Extra modules a deployment or test adds to the process (the publisher role, for one). */
export interface BootstrapOptions {
  readonly extraModules?: (Type | DynamicModule)[];
  readonly listen?: boolean;
  /** Serves the Swagger UI at /docs (the JSON document is always at /docs/openapi.json). */
  readonly docsUi?: boolean;
  /** Where the request log goes instead of standard output (JSON lines). */
  readonly logDestination?: { write(line: string): void };
  /** Where the API reads the time; the system clock unless given. */
  readonly clock?: Clock;
}

const LOG_LEVELS: Record<LedgerConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

const BODY_LIMIT_BYTES = 64 * 1024;

const PINO_LEVELS: Record<LedgerConfig['logLevel'], string> = {
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
};

/** Fastify's pino logger: JSON lines, or the same lines made readable in development. */
function requestLogger(config: LedgerConfig, options: BootstrapOptions): Record<string, unknown> {
  const level = PINO_LEVELS[config.logLevel];
  if (options.logDestination) return { level, stream: options.logDestination };
  if (config.logFormat === 'json') return { level };
  return {
    level,
    transport: {
      target: 'pino-pretty',
      options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,reqId', singleLine: true },
    },
  };
}

/** Builds one process with the roles the configuration asks for: api, projector, publisher. */
export async function createLedgerApp(
  config: LedgerConfig,
  options: BootstrapOptions = {},
): Promise<LedgerApp> {
  const roles = config.roles;
  const metrics = new LedgerMetrics();
  const requests = new InFlightRequests();
  const imports: (Type | DynamicModule)[] = [
    LedgerInfrastructureModule.forRoot(config),
    PlatformModule.forRoot(metrics, requests),
    AuthModule.forRoot({
      auth: {
        jwtSecret: config.authJwtSecret,
        jwksUrl: config.authJwksUrl,
        issuer: config.authIssuer,
        audience: config.authAudience,
        jwksTimeoutMs: config.authJwksTimeoutMs,
        maxTokenLifetimeSeconds: config.authMaxTokenLifetimeSeconds,
      },
      rateLimits: { limits: config.rateLimits },
      organizationPaths: {
        inject: [DirectoryQuery],
        useFactory: (directory: DirectoryQuery) => async (id: string) =>
          (await directory.organization(id))?.path,
      },
    }),
    ...(options.extraModules ?? []),
  ];
  if (roles.has('api')) imports.push(ApiModule.withClock(options.clock), SignInModule);
  if (roles.has('publisher') && config.kafkaBrokers) imports.push(publisherModule(config));

  @Module({ imports })
  class RootModule {}

  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: false,
    frameworkErrors: answerFrameworkError,
    logger: requestLogger(config, options),
    // One line per request comes from observeRequests, with the route template and the correlation id.
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false,
    genReqId: correlationIdOf,
  });
  const fastify = adapter.getInstance();
  observeRequests(fastify, metrics, requests);
  // Bodies are JSON, parsed by Fastify's own parser; anything else (text, forms) is refused with 415
  // before it reaches a handler, so Nest's extra form parser stays off (`bodyParser: false`).
  fastify.removeContentTypeParser(['text/plain']);
  // The one exception: an import route takes a CSV or XLSX file as its body, kept as bytes.
  fastify.addContentTypeParser(
    [CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE],
    { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT_BYTES },
    // Only the import routes take files; on any other route a file is refused like any other non-JSON body.
    (request, body, done) => {
      if (request.routeOptions.url?.endsWith('/imports')) done(null, body);
      else done(new UnsupportedMediaTypeException('Send the body as application/json'), undefined);
    },
  );
  await registerHttpSecurity(fastify, { corsOrigins: config.corsOrigins });
  answerWrongMethodWith405(fastify);
  const metricsServer = await serveMetrics(fastify, metrics, roles.has('api') ? config.metrics : undefined);
  const app = await NestFactory.create<NestFastifyApplication>(RootModule, adapter, {
    bodyParser: false,
    logger: new ConsoleLogger({ json: config.logFormat === 'json', logLevels: LOG_LEVELS[config.logLevel] }),
  });
  app.enableShutdownHooks();
  installJsonBodyParser(app, BODY_LIMIT_BYTES);
  await app.register(fastifyCookie);
  // Key sets live where JWKS clients look for them, and the sign-in where the identity provider's redirect
  // URI points, outside the versioned API.
  app.setGlobalPrefix('api/v1', {
    exclude: ['docs', 'docs/{*path}', '.well-known/jwks.json', 'auth/login', 'auth/callback'],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalInterceptors(new WaitingReadsInterceptor());
  let document: OpenAPIObject | undefined;
  if (roles.has('api')) {
    document = completeOpenApiDocument(
      SwaggerModule.createDocument(
        app,
        new DocumentBuilder()
          .setTitle('volunteer-ledger')
          .setDescription('Event-sourced ledger of volunteer service hours and credits (社区青春行动)')
          .setVersion('1')
          .addBearerAuth()
          .addCookieAuth(
            SESSION_COOKIE,
            {
              type: 'apiKey',
              in: 'cookie',
              name: SESSION_COOKIE,
              description:
                'The pages’ session (sign-in routes). POST, PUT, PATCH and DELETE by cookie also need X-CSRF-Token.',
            },
            'session',
          )
          .build(),
        { extraModels: [ProblemDetailsDto] },
      ),
    );
    withProblemResponses(document);
    documentSessionCookie(document, 'session');
    SwaggerModule.setup('docs', app, document, {
      jsonDocumentUrl: 'docs/openapi.json',
      swaggerUiEnabled: options.docsUi !== false,
    });
  }

  if (roles.has('api')) serveWebPages(app, config.webDir);
  await app.init();
  metrics.follow(app.get(LagReader));
  if (roles.has('publisher') && !config.kafkaBrokers) {
    new Logger('Bootstrap').log('Publisher role idle: KAFKA_BROKERS is not set, so nothing is sent to Kafka');
  }
  if (roles.has('projector')) await app.get(Projector).start();

  let url = '';
  if (options.listen !== false && roles.has('api')) {
    await app.listen(config.port, config.host);
    const address = fastify.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
    new Logger('Bootstrap').log(`API on ${url}/api/v1, docs on ${url}/docs`);
  }
  const metricsAddress = metricsServer?.server.address();
  return {
    app,
    url,
    openApiDocument: document,
    metricsUrl:
      metricsAddress && typeof metricsAddress === 'object'
        ? `http://${metricsAddress.address}:${metricsAddress.port}/metrics`
        : undefined,
    close: async (signal?: string) => {
      // Nest's close takes the signal for the shutdown hooks; its public type leaves it out.
      await (app.close as (signal?: string) => Promise<void>).call(app, signal);
      await metricsServer?.close();
    },
  };
}

/** The publisher role in this process: it follows the same event store and keeps its checkpoint in SQL. */
function publisherModule(config: LedgerConfig): DynamicModule {
  return PublisherModule.forRootAsync({
    inject: [SQL_CLIENT, EVENT_STORE, POLICY_SET, PersonalDataStore],
    useFactory: (sql: SqlClient, eventStore: EventStore, policies: PolicySet, people: PersonalDataStore) => ({
      ...publisherOptionsFromConfig(config, { sql, eventStore, policies }),
      birthDatesOf: (ids: readonly string[]) => birthDatesOf(people, ids),
    }),
  });
}
