import { aliases, swcOptions } from './scripts/swc-options.mjs';

const moduleNameMapper = {
  ...Object.fromEntries(Object.entries(aliases).map(([k, v]) => [`^${k}$`, `<rootDir>/${v}`])),
  '^(\\.{1,2}/.*)\\.js$': '$1',
};

const base = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper,
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions({ resolvePaths: false })] },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

export default {
  // Global only: jest ignores a per-project testTimeout. Real databases and brokers start slowly on 2 cores.
  testTimeout: 120000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.unit.spec.ts'] },
    {
      ...base,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.int.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.e2e.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
    },
    {
      ...base,
      displayName: 'web',
      testMatch: ['<rootDir>/test/web/**/*.web.spec.ts'],
      globalSetup: '<rootDir>/test/web/global-setup.mjs',
    },
  ],
};
