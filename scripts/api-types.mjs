// `npm run api-types`: writes the API's OpenAPI document and the types generated from it into apps/web,
// so the pages cannot drift from the API. A unit test (test/web/api-types.unit.spec.ts) fails when they are stale.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { root } from './swc-options.mjs';

if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0)
  process.exit(1);
const { openApiDocument } = await import(
  pathToFileURL(join(root, 'dist/apps/api/src/openapi-document.js')).href
);
const document = await openApiDocument();
const folder = join(root, 'apps/web/src/api');
await writeFile(join(folder, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
await writeFile(join(folder, 'schema.d.ts'), astToString(await openapiTS(document)));
console.error('wrote apps/web/src/api/openapi.json and schema.d.ts');
