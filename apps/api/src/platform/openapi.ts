import { type OpenAPIObject } from '@nestjs/swagger';
import { problemTypeUri } from '../shared/problem-types.js';
import { problemCodesOf, problemStatusOf } from './openapi-problem-codes.js';

type MediaType = { schema?: unknown; example?: unknown };
type Operation = {
  tags?: string[];
  security?: Record<string, string[]>[];
  responses: Record<string, { description: string; content?: Record<string, MediaType> }>;
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    description?: string;
    schema?: unknown;
    example?: unknown;
  }[];
  requestBody?: { content?: Record<string, MediaType> };
  operationId?: string;
};

/** Routes anyone may call without a token. */
const PUBLIC_PATHS = [
  /^\/api\/v1\/health(\/live|\/ready)?$/,
  /^\/api\/v1\/certificates\/\{code\}(\/pdf)?$/,
  /^\/\.well-known\/jwks\.json$/,
  /^\/auth\/(login|callback)$/,
  /^\/api\/v1\/auth\/development\/(people|sign-in)$/,
];

/** Routes that read the pages' session cookie when one is sent and answer without it too. */
const OPTIONAL_SESSION_PATHS = /^\/api\/v1\/(session|auth\/sign-out)$/;

const TAGS: Record<string, string> = {
  health: 'Liveness and readiness',
  organizations: 'The organisation tree: cities, districts, subdistricts, communities, schools',
  volunteers: 'Volunteer registration',
  activities: 'Activities organisations schedule',
  sessions: 'Check-in, check-out, paper sessions, confirmation, correction and revocation',
  balances: 'Balances and the ledger of a volunteer',
  consents: 'A volunteer’s consent for a school to see their credits',
  schools: 'What a school sees of its consenting students',
  certificates: 'Certificates of service, their public verification and signing keys',
  eligibility: 'Policies, determinations, audit lists and award integrity',
  awards: 'Honours granted and revoked',
  anomalies: 'Anomaly reports: check-ins and sessions an administrator should look at',
  lookups:
    'Lists to work from: the organisation tree, volunteers, activities, rosters, review queues, profiles',
  'sign-in': 'The pages’ server-side session: development sign-in, OpenID Connect, sign-out',
  'personal-data':
    'Personal data kept apart from the events, encrypted per person: unmasked reads (logged), a copy, erasure',
};

const STATUS_TEXT: Record<string, string> = {
  '400': 'The request is malformed (a field, a query parameter or the Idempotency-Key header)',
  '401': 'No valid bearer token',
  '403': 'The token’s roles or organisation scope do not allow this',
  '404': 'The record (or route) does not exist',
  '405': 'The path does not take this method; `Allow` lists those it takes',
  '409': 'A conflict: the id is taken, the state changed concurrently, or the honour is already held',
  '410': 'The volunteer’s personal data has been erased (code PERSONAL_DATA_ERASED)',
  '413': 'The body is larger than 64 KiB',
  '414': 'A path parameter is longer than the route allows',
  '415': 'The body is not JSON',
  '422': 'A ledger rule refuses the request (the problem’s `code` names it)',
  '429': 'Too many requests; `Retry-After` says when to try again',
  '503': 'The store is unavailable, or the read model has not reached `minPosition` in time',
};

export const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'An RFC 9457 problem detail',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', format: 'uri', example: 'urn:volunteer-ledger:problem:check-in-in-future' },
    title: { type: 'string', example: 'The time is more than 5 minutes in the future' },
    status: { type: 'integer', minimum: 400, maximum: 599, example: 422 },
    detail: { type: 'string' },
    instance: { type: 'string', example: '/api/v1/activities/class-1/check-ins' },
    code: { type: 'string', pattern: '^[A-Z0-9_]+$', example: 'CHECK_IN_IN_FUTURE' },
    field: { type: 'string', example: 'at' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

/**
 * Completes what the decorators leave out: servers, tag descriptions, `security: []` on public routes, the
 * problem schema with every code each operation can answer (one example per code), the Idempotency-Key on
 * writes, the formats and integer types the naming rules below promise, and an example of every request and
 * success body.
 */
export function completeOpenApiDocument(document: OpenAPIObject, serverUrl = '/'): OpenAPIObject {
  document.servers = [{ url: serverUrl, description: 'This service' }];
  document.info.license = { name: 'UNLICENSED', url: 'https://example.invalid/unlicensed' };
  document.info.contact = { name: 'volunteer-ledger' };
  const used = new Set(
    Object.values(document.paths).flatMap((item) =>
      Object.values(item as Record<string, Operation>).flatMap((operation) => operation.tags ?? []),
    ),
  );
  document.tags = [...new Set([...Object.keys(TAGS), ...used])].map((name) => ({
    name,
    description: TAGS[name] ?? `Routes tagged ${name}`,
  }));
  document.components = document.components ?? {};
  document.components.schemas = { ...(document.components.schemas ?? {}), Problem: PROBLEM_SCHEMA };
  for (const schema of Object.values(document.components.schemas)) typeByName(schema as Schema);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const operation = raw as Operation;
      const isPublic = PUBLIC_PATHS.some((pattern) => pattern.test(path));
      if (isPublic) operation.security = [];
      else if (OPTIONAL_SESSION_PATHS.test(path)) operation.security = [{}, { session: [] }];
      else if (!operation.security) operation.security = [{ bearer: [] }];
      if (method !== 'get') documentIdempotencyKey(operation);
      const codes = problemCodesOf({
        method,
        path,
        isPublic,
        readsOptionalToken: path === '/api/v1/certificates/{code}/pdf',
        waitsForPosition: (operation.parameters ?? []).some((parameter) => parameter.name === 'minPosition'),
      });
      const byStatus = new Map<string, string[]>();
      for (const code of codes) {
        const status = String(problemStatusOf(code).status);
        byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
      }
      for (const [status, statusCodes] of [...byStatus].sort(([a], [b]) => a.localeCompare(b))) {
        const existing = operation.responses[status];
        // A route's own answer for the status (terminus's 503) stays as it is.
        if (existing?.content && !existing.content['application/problem+json']) continue;
        operation.responses[status] = problemResponse(status, statusCodes, path);
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!/^2/.test(status)) continue;
        const json = response.content?.['application/json'];
        if (json?.schema && json.example === undefined) {
          json.example = exampleOf(json.schema as Schema, document.components.schemas);
        }
      }
      const body = operation.requestBody?.content?.['application/json'];
      if (body?.schema && body.example === undefined) {
        body.example = exampleOf(body.schema as Schema, document.components.schemas);
      }
    }
  }
  return document;
}

function problemResponse(status: string, codes: readonly string[], path: string) {
  const examples = Object.fromEntries(
    codes.map((code) => {
      const { title } = problemStatusOf(code);
      const value = {
        type: problemTypeUri(code),
        title,
        status: Number(status),
        detail: title,
        instance: path.replace(/\{[^}]+\}/g, 'x1'),
        code,
      };
      return [code, { summary: title, value }];
    }),
  );
  return {
    description: `${STATUS_TEXT[status] ?? 'An error'}. Codes: ${codes.map((code) => `\`${code}\``).join(', ')}.`,
    content: {
      'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' }, examples },
    },
  };
}

const IDEMPOTENCY_KEY_SCHEMA = { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' };

/** Every write takes an Idempotency-Key; sign-in routes accept it and never replay (a fresh session each time). */
function documentIdempotencyKey(operation: Operation): void {
  operation.parameters = operation.parameters ?? [];
  const existing = operation.parameters.find(
    (parameter) => parameter.name.toLowerCase() === 'idempotency-key',
  );
  if (existing) {
    existing.description =
      'Makes a retry safe: the same key and body answer the same and append nothing (`idempotent-replayed: true`); ' +
      'the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`';
    existing.schema = { ...IDEMPOTENCY_KEY_SCHEMA };
    existing.example = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
    return;
  }
  operation.parameters.push({
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description: 'Accepted and ignored: this route is never replayed from a stored answer',
    schema: { ...IDEMPOTENCY_KEY_SCHEMA },
  });
}

type Schema = {
  type?: string;
  format?: string;
  example?: unknown;
  enum?: unknown[];
  nullable?: boolean;
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
};

const DATE_TIME_NAMES = /(At|^asOf|^asKnownAt|^until|Until)$/;
const INTEGER_NAMES = /(^minutes|Minutes|^position|Position|^version|Count|^credits|Credits)$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The naming rules every schema follows: a `…Minutes` (or `minutes`), `position`, `version`, `…Count` or
 * `credits` number is a whole number; an `…At`, `asOf`, `asKnownAt` or `until` string is an RFC 3339
 * date-time, and a string whose example is a calendar date is a `date`.
 */
function typeByName(schema: Schema): void {
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const target = property.type === 'array' && property.items ? property.items : property;
    if (target.type === 'number' && INTEGER_NAMES.test(name)) target.type = 'integer';
    if (target.type === 'string' && target.format === undefined && target.enum === undefined) {
      if (DATE_TIME_NAMES.test(name)) target.format = 'date-time';
      else if (typeof target.example === 'string' && DATE_ONLY.test(target.example)) target.format = 'date';
      // A birth date is a date where it is given; shown, it is masked (`2006-**-**`) and no date at all.
      else if (name === 'birthDate' && !String(target.example ?? '').includes('*')) target.format = 'date';
    }
  }
}

const SAMPLE_BY_FORMAT: Record<string, unknown> = {
  'date-time': '2026-07-10T09:00:00+08:00',
  date: '2026-07-10',
  uri: 'https://ledger.example.cn/verify/K7M2Q9RXH4TD',
  binary: '',
};

/** An example built from the schema's own property examples, for a client generator's sample and Swagger UI. */
function exampleOf(schema: Schema, schemas: Record<string, unknown>, depth = 0): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.$ref) {
    return depth > 40
      ? {}
      : exampleOf(schemas[schema.$ref.split('/').at(-1) ?? ''] as Schema, schemas, depth + 1);
  }
  const [first] = schema.allOf ?? schema.oneOf ?? schema.anyOf ?? [];
  if (first) return exampleOf(first, schemas, depth + 1);
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, property]) => [
          name,
          exampleOf(property, schemas, depth + 1),
        ]),
      );
    case 'array':
      return schema.items ? [exampleOf(schema.items, schemas, depth + 1)] : [];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'string':
      return SAMPLE_BY_FORMAT[schema.format ?? ''] ?? 'text';
    default:
      return schema.nullable ? null : {};
  }
}

/** The statuses and media types an operation documents, for a response validator. */
export function documentedStatuses(document: OpenAPIObject, path: string, method: string): string[] {
  const operation = document.paths[path]?.[method as 'get'] as Operation | undefined;
  return operation ? Object.keys(operation.responses) : [];
}
