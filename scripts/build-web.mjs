// Builds apps/web with Vite into dist/web, but only when a source of it is newer than the last build.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { root } from './swc-options.mjs';

export const webApp = join(root, 'apps/web');
export const webOut = join(root, 'dist/web');
const inputs = [webApp, join(root, 'package-lock.json')];

async function newestSource(path) {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, await newestSource(join(path, entry)));
  }
  return newest;
}

export async function webBuildIsStale() {
  const built = await stat(join(webOut, 'index.html')).catch(() => undefined);
  if (!built) return true;
  const newest = Math.max(...(await Promise.all(inputs.map(newestSource))));
  return newest > built.mtimeMs;
}

export async function buildWebIfStale() {
  if (!(await webBuildIsStale())) return false;
  const { build } = await import('vite');
  // Always the production build, also when a test runner has set NODE_ENV=test: Vite would otherwise bundle
  // Vue's development build, larger and slower than what users get.
  const environment = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(webApp, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (environment === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = environment;
  }
  await precompress(join(webOut, 'assets'));
  console.error(`built the web pages into ${webOut}`);
  return true;
}

/** Brotli and gzip copies beside each asset, which the api app sends to browsers that accept them. */
async function precompress(folder) {
  const brotli = promisify(brotliCompress);
  const gzipped = promisify(gzip);
  for (const name of await readdir(folder)) {
    if (!/\.(js|css|svg)$/.test(name)) continue;
    const content = await readFile(join(folder, name));
    await writeFile(
      join(folder, `${name}.br`),
      await brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    await writeFile(join(folder, `${name}.gz`), await gzipped(content, { level: 9 }));
  }
}
