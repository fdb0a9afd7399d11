// The page tests run against the built pages: build them when a source is newer than the build.
// Plain JavaScript: jest loads global setup outside its module mapping.
import { buildWebIfStale } from '../../scripts/build-web.mjs';

export default async function globalSetup() {
  await buildWebIfStale();
}
