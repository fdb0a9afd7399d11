import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { checkAgainstDocument } from '../support/openapi-contract.js';
import { raisedProblemCodes } from './openapi-source-codes.js';
import { startTestLedger, type TestLedger } from '../support/ledger-app.js';

const run = promisify(execFile);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Every operation of the document as [method, path, operation]. */
function operationsOf(document: Json): [string, string, Json][] {
  return Object.entries<Record<string, Json>>(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => [method, path, operation] as [string, string, Json]),
  );
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The success body an operation answers in something other than JSON. */
const NON_JSON_SUCCESS: Record<string, string[]> = {
  'get /api/v1/certificates/{code}/pdf': ['application/pdf'],
  'get /api/v1/organizations/{id}/eligibility': ['application/json', 'text/csv', XLSX],
  'get /api/v1/schools/{id}/students/credits': ['application/json', 'text/csv', XLSX],
  'get /api/v1/volunteers/{id}/ledger': ['application/json', 'text/csv', XLSX],
  'get /api/v1/organizations/{id}/anomalies': ['application/json', 'text/csv'],
  'get /api/v1/volunteers/{id}/personal-data/copy': ['application/json', 'text/html'],
};

/** Routes that answer a redirect or no body at all on success. */
const WITHOUT_SUCCESS_BODY: Record<string, string> = {
  'get /auth/login': '302',
  'get /auth/callback': '302',
  'post /api/v1/auth/sign-out': '204',
};

/** Codes the source names that no HTTP answer carries, each with the reason. */
const NOT_ANSWERED: Record<string, string> = {
  // The guard refuses a non-HTTP execution context; every route is HTTP.
  UNSUPPORTED_CONTEXT: 'libs/auth/src/auth.guard.ts',
  // assertSystemAdmin has no caller in the apps (checked below).
  SYSTEM_ADMIN_ONLY: 'libs/auth/src/org-scope.ts',
  // The unexpected failure (500, logged) is every operation's `default` problem answer (checked below).
  INTERNAL: 'apps/api/src/shared/problem-details.filter.ts',
};
const root = resolve(import.meta.dirname, '../..');

/** The document a client generator reads: linted by Redocly with the committed rules, and complete. */
describe('the OpenAPI document', () => {
  let ledger: TestLedger;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let document: any;

  beforeAll(async () => {
    ledger = await startTestLedger('pglite');
    document = await (await fetch(`${ledger.url}/docs/openapi.json`)).json();
  });

  afterAll(async () => {
    await ledger?.close();
  });

  it('passes `redocly lint` with the committed configuration and no errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vl-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(document));
      const cli = join(root, 'node_modules/@redocly/cli/bin/cli.js');
      const result = await run(
        process.execPath,
        [cli, 'lint', '--config', join(root, 'redocly.yaml'), file],
        {
          cwd: root,
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        },
      ).catch((error: { stdout: string; stderr: string }) => ({ ...error, failed: true }));
      const output = `${result.stdout}${result.stderr}`;
      expect({ failed: 'failed' in result, output }).toEqual({
        failed: false,
        output: expect.stringContaining('valid'),
      });
      // Warnings too: the document is clean, not merely valid.
      expect(output).not.toMatch(/You have \d+ warnings?/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('marks public routes as needing no token, and every route with its problem answers', () => {
    expect(document.servers.length).toBeGreaterThan(0);
    expect(document.paths['/api/v1/certificates/{code}'].get.security).toEqual([]);
    expect(document.paths['/.well-known/jwks.json'].get.security).toEqual([]);
    expect(document.paths['/api/v1/health/ready'].get.security).toEqual([]);
    // A bearer token, or the pages' session cookie (with its CSRF header).
    expect(document.paths['/api/v1/organizations'].post.security).toEqual([{ bearer: [] }, { session: [] }]);
    for (const [path, item] of Object.entries<Record<string, { responses: Record<string, unknown> }>>(
      document.paths,
    )) {
      for (const [method, operation] of Object.entries(item)) {
        const problem = operation.responses['400'] as { content: Record<string, { schema: unknown }> };
        expect({ path, method, schema: problem?.content['application/problem+json']?.schema }).toEqual({
          path,
          method,
          schema: { $ref: '#/components/schemas/Problem' },
        });
      }
    }
  });

  it('types the organisation parent as a string and minutes as integers', () => {
    const schemas = document.components.schemas;
    expect(schemas.RegisterOrganizationRequest.properties.parentId.type).toBe('string');
    expect(schemas.ConfirmSessionRequest.properties.minutes.type).toBe('integer');
    expect(schemas.CorrectSessionRequest.properties.minutes.type).toBe('integer');
  });

  it('gives every operation a tag, a summary and a schema for its success body in the right media type', () => {
    const problems: string[] = [];
    const declared = new Set(document.tags.map((tag: { name: string; description?: string }) => tag.name));
    for (const [method, path, operation] of operationsOf(document)) {
      const key = `${method} ${path}`;
      if (!operation.tags?.length || !operation.tags.every((tag: string) => declared.has(tag))) {
        problems.push(`${key}: no declared tag`);
      }
      if (!operation.summary?.trim()) problems.push(`${key}: no summary`);
      const successes = Object.entries<Json>(operation.responses).filter(([status]) => /^2/.test(status));
      if (WITHOUT_SUCCESS_BODY[key]) {
        if (!operation.responses[WITHOUT_SUCCESS_BODY[key]])
          problems.push(`${key}: no ${WITHOUT_SUCCESS_BODY[key]}`);
        continue;
      }
      if (successes.length === 0) problems.push(`${key}: no 2xx response`);
      for (const [status, response] of successes) {
        const mediaTypes = Object.keys(response.content ?? {});
        const expected = NON_JSON_SUCCESS[key] ?? ['application/json'];
        if (mediaTypes.join() !== expected.join()) {
          problems.push(
            `${key} ${status}: media types ${mediaTypes.join() || 'none'}, not ${expected.join()}`,
          );
        }
        for (const type of mediaTypes) {
          if (!response.content[type].schema) problems.push(`${key} ${status} ${type}: no schema`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('documents the Idempotency-Key header on every write', () => {
    const writes = operationsOf(document).filter(([method]) => method !== 'get');
    expect(writes.length).toBeGreaterThan(10);
    const without = writes
      .filter(
        ([, , operation]) =>
          !(operation.parameters ?? []).some(
            (parameter: Json) =>
              parameter.in === 'header' && parameter.name.toLowerCase() === 'idempotency-key',
          ),
      )
      .map(([method, path]) => `${method} ${path}`);
    expect(without).toEqual([]);
  });

  it('answers every error as a problem detail, one example per code the route can raise', () => {
    const ajv = addFormats(new Ajv({ strict: false }));
    const validate = ajv.compile({ ...document.components.schemas.Problem, components: document.components });
    const problems: string[] = [];
    for (const [method, path, operation] of operationsOf(document)) {
      for (const [status, response] of Object.entries<Json>(operation.responses)) {
        if (!/^[45]/.test(status)) continue;
        const problem = response.content?.['application/problem+json'];
        // Readiness answers its 503 in terminus's own shape.
        if (!problem && path.startsWith('/api/v1/health') && status === '503') continue;
        if (problem?.schema?.$ref !== '#/components/schemas/Problem') {
          problems.push(`${method} ${path} ${status}: not the problem schema`);
          continue;
        }
        const examples = Object.entries<Json>(problem.examples ?? {});
        if (examples.length === 0) problems.push(`${method} ${path} ${status}: no code named`);
        for (const [code, example] of examples) {
          if (!validate(example.value))
            problems.push(`${method} ${path} ${status} ${code}: ${ajv.errorsText(validate.errors)}`);
          if (example.value.code !== code || String(example.value.status) !== status) {
            problems.push(
              `${method} ${path} ${status} ${code}: example says ${example.value.status} ${example.value.code}`,
            );
          }
          if (!response.description.includes(`\`${code}\``))
            problems.push(`${method} ${path} ${status} ${code}: not in the description`);
        }
      }
    }
    expect(problems).toEqual([]);
    // The rules of the routes named in the issue land on them.
    const codesAt = (path: string, method: string, status: string) =>
      Object.keys(
        document.paths[path][method].responses[status].content['application/problem+json'].examples,
      );
    expect(codesAt('/api/v1/organizations', 'post', '403')).toContain('TOP_LEVEL_REQUIRES_SYSTEM_ADMIN');
    expect(codesAt('/api/v1/activities/{id}/check-ins', 'post', '422')).toContain('CHECK_IN_IN_FUTURE');
    expect(codesAt('/api/v1/volunteers/{id}/awards', 'post', '422')).toContain('NOT_ELIGIBLE');
    expect(codesAt('/api/v1/volunteers/{id}/balance', 'get', '503')).toContain('READ_MODEL_BEHIND');
  });

  it('names every problem code the source raises on some route', async () => {
    const documented = new Set(
      operationsOf(document).flatMap(([, , operation]) =>
        Object.values<Json>(operation.responses).flatMap((response) =>
          Object.keys(response.content?.['application/problem+json']?.examples ?? {}),
        ),
      ),
    );
    const raised = await raisedProblemCodes();
    expect(raised.has('NOT_IN_SCOPE')).toBe(true);
    const missing = [...raised].filter((code) => !documented.has(code) && !(code in NOT_ANSWERED));
    expect(missing).toEqual([]);
    for (const [method, path, operation] of operationsOf(document)) {
      expect({
        method,
        path,
        default: operation.responses.default?.content?.['application/problem+json'],
      }).toEqual({
        method,
        path,
        default: { schema: { $ref: '#/components/schemas/ProblemDetailsDto' } },
      });
    }
    // The exceptions stay true: no route calls assertSystemAdmin.
    const callers = await run('grep', ['-rl', 'assertSystemAdmin(', join(root, 'apps')]).catch(() => ({
      stdout: '',
    }));
    expect(callers.stdout).toBe('');
  });

  it('types minutes, positions and versions as integers and instants as date-times, by name, everywhere', () => {
    const problems: string[] = [];
    for (const [name, schema] of Object.entries<Json>(document.components.schemas)) {
      for (const [property, raw] of Object.entries<Json>(schema.properties ?? {})) {
        const value = raw.type === 'array' ? raw.items : raw;
        if (/(^minutes|Minutes|^position)$/.test(property) && value.type !== 'integer') {
          problems.push(`${name}.${property} is ${value.type}`);
        }
        if (/At$/.test(property) && value.type === 'string' && value.format !== 'date-time') {
          problems.push(`${name}.${property} is not a date-time`);
        }
        if (
          /^(birthDate|from|to)$/.test(property) &&
          value.type === 'string' &&
          // Whole months (statistics) and masked birth dates (`2006-**-**`) are no calendar dates.
          !/^\d{4}-\d{2}$|\*/.test(String(value.example ?? '')) &&
          !/^date/.test(value.format ?? '')
        ) {
          problems.push(`${name}.${property} has no date format`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(document.components.schemas.RegisterVolunteerRequest.properties.birthDate.format).toBe('date');
    expect(document.components.schemas.CertificateVerificationDto.properties.issuedAt.format).toBe(
      'date-time',
    );
  });

  it('gives every request body and JSON success body an example its schema accepts', () => {
    const ajv = addFormats(new Ajv({ strict: false }));
    const problems: string[] = [];
    const check = (where: string, media: Json) => {
      if (media?.example === undefined) return problems.push(`${where}: no example`);
      const validate = ajv.compile(nullable({ ...media.schema, components: document.components }));
      if (!validate(media.example)) problems.push(`${where}: ${ajv.errorsText(validate.errors)}`);
      return undefined;
    };
    let checked = 0;
    for (const [method, path, operation] of operationsOf(document)) {
      const body = operation.requestBody?.content?.['application/json'];
      if (body) {
        check(`${method} ${path} request`, body);
        checked += 1;
      }
      for (const [status, response] of Object.entries<Json>(operation.responses)) {
        const json = response.content?.['application/json'];
        if (!/^2/.test(status) || !json) continue;
        check(`${method} ${path} ${status}`, json);
        checked += 1;
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });

  it('marks as public exactly the routes that answer without a token', async () => {
    const wrong: string[] = [];
    for (const [method, path, operation] of operationsOf(document)) {
      if (method !== 'get' || path.startsWith('/auth/')) continue;
      const response = await fetch(`${ledger.url}${path.replace(/\{[^}]+\}/g, 'x1')}`, {
        redirect: 'manual',
      });
      // No requirement at all, or an empty one among the alternatives: no credential is needed.
      const documentedPublic =
        operation.security.length === 0 ||
        operation.security.some((requirement: Json) => Object.keys(requirement).length === 0);
      if (documentedPublic === (response.status === 401)) wrong.push(`${path}: ${response.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses an answer whose status the document does not list', async () => {
    await expect(
      checkAgainstDocument(ledger.url, 'GET', '/api/v1/policies', 418, 'application/json', {}),
    ).rejects.toThrow(/does not list/);
    await expect(
      checkAgainstDocument(ledger.url, 'GET', '/api/v1/policies', 400, 'application/problem+json', {
        code: 1,
      }),
    ).rejects.toThrow(/does not match/);
  });
});

/** OpenAPI 3.0's `nullable: true` in JSON Schema's words. */
function nullable(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(nullable);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, nullable(value)]));
  if (copy.nullable !== true) return copy;
  delete copy.nullable;
  return { anyOf: [{ type: 'null' }, copy] };
}
