/** Architectural boundaries, enforced in `npm run lint`. Each rule is one "never" of docs and DESIGN.md. */
const testCode = '(^test/|\\.spec\\.ts$|/testing/)';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain is pure TypeScript: no framework, no adapter, no I/O.',
      severity: 'error',
      from: { path: '^libs/domain' },
      to: {
        path: '^(libs/(?!domain)|apps/|node_modules/@nestjs|node_modules/pg|node_modules/kafkajs)|^(fs|net|http|https|child_process|node:fs|node:net|node:http|node:child_process)$',
      },
    },
    {
      name: 'sql-is-the-bottom-layer',
      comment: 'libs/sql is the database client every store and read model builds on; it knows none of them.',
      severity: 'error',
      from: { path: '^libs/sql/', pathNot: testCode },
      to: { path: '^libs/(?!sql/)' },
    },
    {
      name: 'event-store-does-not-import-read-side',
      comment: 'The event store knows nothing of read models, messaging or the process wiring built on it.',
      severity: 'error',
      from: { path: '^libs/event-store/' },
      to: { path: '^libs/(read-model|messaging|platform)/' },
    },
    {
      name: 'read-model-does-not-import-messaging',
      severity: 'error',
      from: { path: '^libs/read-model/' },
      to: { path: '^libs/messaging/' },
    },
    {
      name: 'messaging-does-not-import-read-model',
      severity: 'error',
      from: { path: '^libs/messaging/' },
      to: { path: '^libs/read-model/' },
    },
    {
      name: 'only-apps-import-platform',
      comment: 'libs/platform wires the libraries into Nest for the apps; no library depends on that wiring.',
      severity: 'error',
      from: { path: '^libs/(?!platform/)' },
      to: { path: '^libs/platform/' },
    },
    {
      name: 'apps-do-not-import-apps',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'production-does-not-import-tests',
      comment: 'Specs, test/ and testing/ helpers may import production code, never the other way round.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: testCode },
      to: { path: testCode },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '(^dist/|^node_modules/)' },
  },
};
