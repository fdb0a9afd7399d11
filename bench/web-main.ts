// `npm run bench:web`: the volunteer home page's download size and Largest Contentful Paint in Chromium with
// a generated ledger (BENCH_WEB_VOLUNTEERS, default 20,000), written into docs/benchmarks.md's web section.
import { renderWebSection, benchWeb } from './web.bench.js';
import { writeWebSection } from './report-file.js';

const volunteers = Number(process.env.BENCH_WEB_VOLUNTEERS ?? 20_000);
console.error(`bench: the home page in Chromium, ${volunteers} volunteers`);
const result = await benchWeb({ volunteers });
const body = `${renderWebSection(result)}\nProduced by \`${
  volunteers === 20_000 ? '' : `BENCH_WEB_VOLUNTEERS=${volunteers} `
}npm run bench:web\` (also part of \`npm run bench\`) on ${new Date().toISOString()}.`;
await writeWebSection(body);
console.log(body);
