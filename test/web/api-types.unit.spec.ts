import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../../apps/api/src/openapi-document.js';

const folder = join(process.cwd(), 'apps/web/src/api');

describe('the web pages’ API types', () => {
  let document: unknown;

  beforeAll(async () => {
    document = await openApiDocument();
  });

  it('were generated from the OpenAPI document the API serves now (npm run api-types)', async () => {
    const committed = await readFile(join(folder, 'openapi.json'), 'utf8');
    expect(JSON.parse(committed)).toEqual(document);
    expect(committed).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });

  it('are what openapi-typescript makes of that document', async () => {
    const generated = astToString(await openapiTS(document as Parameters<typeof openapiTS>[0]));
    expect(await readFile(join(folder, 'schema.d.ts'), 'utf8')).toBe(generated);
  });

  it('describe the answers the pages read, with problem details for every failure', () => {
    const paths = (
      document as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }
    ).paths;
    const balance = paths['/api/v1/volunteers/{id}/balance']?.get?.responses;
    expect(balance?.['200']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/BalanceResponseDto' } } },
    });
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        expect([path, method, operation.responses.default]).toEqual([path, method, expect.anything()]);
      }
    }
  });
});
