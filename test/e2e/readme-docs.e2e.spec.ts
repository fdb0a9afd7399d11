import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { raisedProblemCodes } from './openapi-source-codes.js';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFile(join(root, path), 'utf8');
const semver = createRequire(import.meta.url)('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};

/** The cells of every Markdown table in a document, trimmed and without bold marks. */
function tableCells(markdown: string): Set<string> {
  return new Set(
    markdown
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .flatMap((line) => line.split('|').map((cell) => cell.trim().replace(/\*\*/g, ''))),
  );
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? filesUnder(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]),
    ),
  );
  return nested.flat().filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'));
}

/** The documents beside the README quote only what is true of the code and of the measured figures. */
describe('the docs', () => {
  it('quote in scaling.md only figures that benchmarks.md holds', async () => {
    const scaling = await read('docs/scaling.md');
    const cells = tableCells(await read('docs/benchmarks.md'));
    const quoted = [
      ...[...scaling.matchAll(/(?<![\d,.])(\d+(?:\.\d+)?) (?:appends\/s|reads\/s|msg\/s)/g)].map(
        (match) => match[1] as string,
      ),
      ...[...scaling.matchAll(/(?<![\d,.])(\d+(?:\.\d+)?) ms\b/g)].map((match) => `${match[1]} ms`),
      ...[...scaling.matchAll(/\*\*(\d+(?:\.\d+)?×)\*\*/g)].map((match) => match[1] as string),
    ];
    expect(quoted.length).toBeGreaterThanOrEqual(9);
    expect(quoted.filter((figure) => !cells.has(figure))).toEqual([]);
    // No rounded or older figure slips in beside them.
    expect(scaling).not.toMatch(/≈ [\d,.]+ (appends|reads|messages|events)\/s (measured|per)/);
  });

  it('name in access-control.md only problem codes the service raises', async () => {
    const doc = await read('docs/access-control.md');
    const named = new Set(
      [...doc.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)`/g)].map((match) => match[1] as string),
    );
    // Configuration variables and injection tokens are named too; they are not codes.
    const config = await Promise.all((await filesUnder('libs/config/src')).map((file) => read(file)));
    const sources = await Promise.all(
      [...(await filesUnder('libs')), ...(await filesUnder('apps/api/src'))].map((file) => read(file)),
    );
    const notCodes = new Set([
      ...config.flatMap((text) =>
        [...text.matchAll(/\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/g)].map((m) => m[1]),
      ),
      ...sources.flatMap((text) =>
        [...text.matchAll(/export const ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?::[^=]+)? =/g)].map((m) => m[1]),
      ),
    ]);
    const raised = await raisedProblemCodes();
    const codes = [...named].filter((token) => !notCodes.has(token) && !/^(HS|RS|ES|PS)\d+$/.test(token));
    expect(codes).toEqual(expect.arrayContaining(['NOT_IN_SCOPE', 'TOP_LEVEL_REQUIRES_SYSTEM_ADMIN']));
    expect(codes.filter((code) => !raised.has(code))).toEqual([]);
  });

  it('installs only packages that run on the oldest Node the engines field promises', async () => {
    const manifest = JSON.parse(await read('package.json')) as { engines: { node: string } };
    const oldest = semver.minVersion(manifest.engines.node)?.version as string;
    expect(oldest).toMatch(/^20\./);
    const lock = JSON.parse(await read('package-lock.json')) as {
      packages: Record<string, { version?: string; engines?: unknown }>;
    };
    const refusing = Object.entries(lock.packages)
      .map(([path, entry]) => {
        const engines = entry.engines as { node?: unknown } | string[] | undefined;
        const node = Array.isArray(engines) ? undefined : engines?.node;
        return { path, version: entry.version, node };
      })
      .filter(({ node }) => typeof node === 'string' && !semver.satisfies(oldest, node));
    expect(Object.keys(lock.packages).length).toBeGreaterThan(100);
    expect(refusing).toEqual([]);
  });
});
