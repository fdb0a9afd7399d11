// Builds apps/web with Vite into dist/web, but only when a source of it is newer than the last build.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
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
  await build({ configFile: join(webApp, 'vite.config.ts'), logLevel: 'warn' });
  console.error(`built the web pages into ${webOut}`);
  return true;
}
