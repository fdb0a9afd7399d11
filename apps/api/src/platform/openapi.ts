import { type OpenAPIObject } from '@nestjs/swagger';

type Operation = {
  tags?: string[];
  security?: Record<string, string[]>[];
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
  parameters?: { name: string; in: string }[];
  operationId?: string;
};

/** Routes anyone may call without a token. */
const PUBLIC_PATHS = [
  /^\/api\/v1\/health(\/live|\/ready)?$/,
  /^\/api\/v1\/certificates\/\{code\}(\/pdf)?$/,
  /^\/\.well-known\/jwks\.json$/,
];

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
};

const STATUS_TEXT: Record<string, string> = {
  '400': 'The request is malformed (a field, a query parameter or the Idempotency-Key header)',
  '401': 'No valid bearer token',
  '403': 'The token’s roles or organisation scope do not allow this',
  '404': 'The record (or route) does not exist',
  '405': 'The path does not take this method; `Allow` lists those it takes',
  '409': 'A conflict: the id is taken, the state changed concurrently, or the honour is already held',
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
 * problem schema and every error status each operation can answer, and the Idempotency-Key on writes.
 */
export function completeOpenApiDocument(document: OpenAPIObject, serverUrl = '/'): OpenAPIObject {
  document.servers = [{ url: serverUrl, description: 'This service' }];
  document.info.license = { name: 'UNLICENSED', url: 'https://example.invalid/unlicensed' };
  document.info.contact = { name: 'volunteer-ledger' };
  document.tags = Object.entries(TAGS).map(([name, description]) => ({ name, description }));
  document.components = document.components ?? {};
  document.components.schemas = { ...(document.components.schemas ?? {}), Problem: PROBLEM_SCHEMA };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const operation = raw as Operation;
      const isPublic = PUBLIC_PATHS.some((pattern) => pattern.test(path));
      if (isPublic) operation.security = [];
      else if (!operation.security) operation.security = [{ bearer: [] }];
      const statuses = ['400', '404', '405', '429', '503'];
      if (!isPublic) statuses.push('401', '403');
      if (method === 'post') statuses.push('409', '413', '415', '422');
      if (path.includes('{')) statuses.push('414');
      if (path.includes('/eligibility') || path.includes('/award-integrity') || path.includes('/credits')) {
        statuses.push('422');
      }
      for (const status of statuses) {
        operation.responses[status] ??= {
          description: STATUS_TEXT[status] ?? 'An error',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        };
      }
    }
  }
  return document;
}

/** The statuses and media types an operation documents, for a response validator. */
export function documentedStatuses(document: OpenAPIObject, path: string, method: string): string[] {
  const operation = document.paths[path]?.[method as 'get'] as Operation | undefined;
  return operation ? Object.keys(operation.responses) : [];
}
