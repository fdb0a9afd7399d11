// Compiles apps/, libs/ and bench/ to dist/ with swc (type checking is `npm run typecheck`), and builds the
// web pages (apps/web, with Vite) into dist/web when their sources are newer than that build.
//
// The build is incremental and works in place: a file is compiled only when its source is newer than its
// output (or the build settings changed), each output is written to a temporary name and renamed over the
// old one, and dist/ is never emptied. So a second call with nothing changed costs a directory walk, and a
// server running from dist/ keeps its files while a command line call rebuilds beside it.
//
// Flags: --skip-web leaves the web pages alone (the command line does not serve them); --quiet prints
// nothing when nothing was compiled.
import { mkdir, readdir, rename, rm, stat, writeFile, copyFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { root, swcOptions } from './swc-options.mjs';
import { webApp, webOut } from './build-web.mjs';

const sources = ['apps', 'libs', 'bench'];
const out = join(root, 'dist');
const flags = new Set(process.argv.slice(2));
// A change to these changes every output, so it rebuilds everything.
const settings = [join(root, 'scripts/swc-options.mjs'), join(root, 'scripts/build.mjs')];
const stamp = join(out, '.build-settings');

async function* walk(dir, skip) {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== skip) yield* walk(path, skip);
    } else yield path;
  }
}

async function mtime(path) {
  return (await stat(path).catch(() => undefined))?.mtimeMs ?? 0;
}

/** Writes beside the target and renames over it, so a reader sees the old file or the new, never half. */
async function replaceFile(target, write) {
  const temporary = `${target}.${process.pid}.tmp`;
  await write(temporary);
  await rename(temporary, target);
}

const settingsTime = Math.max(...(await Promise.all(settings.map(mtime))));
const everything = (await mtime(stamp)) < settingsTime;
let transform;
const wanted = new Set([join(out, 'package.json'), stamp]);
let compiled = 0;
let copied = 0;
for (const source of sources) {
  for await (const file of walk(join(root, source), webApp)) {
    if (file.endsWith('.spec.ts')) continue;
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    wanted.add(target);
    const sourceTime = await mtime(file);
    if (!everything && (await mtime(target)) >= sourceTime) continue;
    await mkdir(dirname(target), { recursive: true });
    if (file.endsWith('.ts')) {
      // Loaded only when something needs compiling: the native binding is the slowest part of a no-op call.
      transform ??= await import('@swc/core').then(({ transformFile }) => transformFile);
      const { code } = await transform(file, { ...swcOptions({ resolvePaths: true }), filename: file });
      await replaceFile(target, (temporary) => writeFile(temporary, code));
      compiled += 1;
    } else {
      await replaceFile(target, (temporary) => copyFile(file, temporary));
      copied += 1;
    }
  }
}

// Outputs whose source is gone would otherwise linger; the web build keeps its own folder.
let removed = 0;
for await (const file of walk(out, webOut)) {
  if (wanted.has(file)) continue;
  await rm(file, { force: true });
  removed += 1;
}
if ((await mtime(join(out, 'package.json'))) === 0) {
  await writeFile(join(out, 'package.json'), '{"type":"module"}\n');
}
if (everything) await writeFile(stamp, `${new Date().toISOString()}\n`);
if (compiled + copied + removed > 0 || !flags.has('--quiet')) {
  console.error(`built dist/: ${compiled} compiled, ${copied} copied, ${removed} removed`);
}
if (!flags.has('--skip-web')) {
  const { buildWebIfStale } = await import('./build-web.mjs');
  await buildWebIfStale();
}
