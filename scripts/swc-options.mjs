// One swc configuration for the build and for jest, so both resolve the @vl/* aliases alike.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const aliases = {
  '@vl/domain': 'libs/domain/src/index.ts',
  '@vl/sql': 'libs/sql/src/index.ts',
  '@vl/event-store': 'libs/event-store/src/index.ts',
  '@vl/read-model': 'libs/read-model/src/index.ts',
  '@vl/platform': 'libs/platform/src/index.ts',
  '@vl/messaging': 'libs/messaging/src/index.ts',
  '@vl/auth': 'libs/auth/src/index.ts',
  '@vl/config': 'libs/config/src/index.ts',
  '@vl/certificates': 'libs/certificates/src/index.ts',
  '@vl/personal-data': 'libs/personal-data/src/index.ts',
  '@vl/import': 'libs/import/src/index.ts',
  '@vl/testing': 'test/support/index.ts',
};

export function swcOptions({ resolvePaths }) {
  return {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      ...(resolvePaths
        ? { baseUrl: root, paths: Object.fromEntries(Object.entries(aliases).map(([k, v]) => [k, [v]])) }
        : {}),
    },
    module: { type: 'es6', ...(resolvePaths ? { resolveFully: true } : {}) },
    sourceMaps: 'inline',
  };
}
