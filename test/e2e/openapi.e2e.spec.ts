import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { checkAgainstDocument } from '../support/openapi-contract.js';
import { startTestLedger, type TestLedger } from '../support/ledger-app.js';

const run = promisify(execFile);
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
