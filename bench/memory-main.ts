// `npm run bench:memory`: the embedded default's resident memory with a million events (BENCH_MEMORY_EVENTS
// to change the count), against the same service empty; written into docs/benchmarks.md's memory section.
import { benchMemory, describeStart, startCommand } from './memory.bench.js';
import { writeMemorySection } from './report-file.js';

const events = Number(process.env.BENCH_MEMORY_EVENTS ?? 1_000_000);
if (!Number.isInteger(events) || events < 1) throw new Error('BENCH_MEMORY_EVENTS must be a whole number');
console.error(`bench: embedded default with ${events} events (this takes a while)`);
const result = await benchMemory({ events });
const body = [
  '## Memory of the embedded default',
  '',
  `Produced by \`${events === 1_000_000 ? '' : `BENCH_MEMORY_EVENTS=${events} `}npm run bench:memory\` on ${new Date().toISOString()}.`,
  'The service as `npm start` runs it (PGlite in a data directory, every role in one process), measured',
  'from outside (VmRSS) once its projector has caught up, against the same service on an empty directory.',
  `Run as \`npm start\` runs it: \`${describeStart(await startCommand())}\`.`,
  'Target: under 300 MB with a million events.',
  '',
  '| events | empty | loaded | ratio | projected in |',
  '| ---: | ---: | ---: | ---: | ---: |',
  `| ${result.events} | ${result.emptyRssMiB} MiB | ${result.loadedRssMiB} MiB | ${result.ratio}× | ${result.projectSeconds} s |`,
].join('\n');
await writeMemorySection(body);
console.log(body);
