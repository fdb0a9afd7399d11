// Compiles apps/, libs/ and bench/ to dist/ with swc (type checking is `npm run typecheck`), and builds the
// web pages (apps/web, with Vite) into dist/web when their sources are newer than that build.
import { transformFile } from '@swc/core';
import { mkdir, readdir, writeFile, cp, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { root, swcOptions } from './swc-options.mjs';
import { buildWebIfStale, webApp, webOut } from './build-web.mjs';

const sources = ['apps', 'libs', 'bench'];
const out = join(root, 'dist');

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

// Everything but the web build, which has its own staleness check.
for (const entry of await readdir(out).catch(() => [])) {
  const path = join(out, entry);
  if (path !== webOut) await rm(path, { recursive: true, force: true });
}
const options = swcOptions({ resolvePaths: true });
let count = 0;
for (const source of sources) {
  for await (const file of walk(join(root, source))) {
    const target = join(out, relative(root, file));
    if (file.endsWith('.spec.ts') || file.startsWith(`${webApp}/`)) continue;
    await mkdir(dirname(target), { recursive: true });
    if (file.endsWith('.ts')) {
      const { code } = await transformFile(file, { ...options, filename: file });
      await writeFile(target.replace(/\.ts$/, '.js'), code);
      count += 1;
    } else {
      await cp(file, target);
    }
  }
}
await writeFile(join(out, 'package.json'), '{"type":"module"}\n');
console.error(`built ${count} files into dist/`);
await buildWebIfStale();
