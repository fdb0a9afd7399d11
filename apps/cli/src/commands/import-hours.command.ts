import { loadConfig } from '@vl/config';
import { ImportConflictError, type ImportReport, importHours, type TextEncoding } from '@vl/import';
import { DirectoryQuery, Projector } from '@vl/read-model';
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { EXIT, UsageError } from '../cli-errors.js';
import { progressBar } from '../progress.js';
import { connectLedger } from './ledger-connection.js';

export interface ImportHoursCommandOptions {
  readonly source: string;
  readonly dryRun?: boolean;
  readonly encoding?: TextEncoding;
  readonly org: string;
  readonly project: boolean;
}

/** The report's problems for a person: one line each, row and column first, Chinese then English. */
function describeProblems(report: ImportReport): string {
  const lines = report.problems.map(
    (found) =>
      `row ${found.row ?? '-'}\tcolumn ${found.column ?? '-'}\t${found.code}\t${found.message.zh} / ${found.message.en}`,
  );
  if (report.problemCount > report.problems.length) {
    lines.push(`… ${report.problemCount - report.problems.length} more problems`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Imports a CSV or XLSX file of historical hours as an administrator of `--org` (the system root by
 * default). Prints the report as one JSON line on stdout, and each problem as a line on stderr; exit 2 when
 * the file has a problem (nothing is then written).
 */
export async function importHoursCommand(file: string, options: ImportHoursCommandOptions): Promise<number> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${file}: ${error.code ?? error.message}`);
  });
  const config = loadConfig();
  const ledger = await connectLedger(config);
  try {
    const started = Date.now();
    const bar = progressBar('import-hours');
    let report: ImportReport;
    try {
      report = await importHours({
        store: ledger.store,
        bytes,
        source: options.source,
        actor: { sub: 'operator:cli', roles: ['admin'], org: options.org },
        ...(options.encoding ? { encoding: options.encoding } : {}),
        dryRun: options.dryRun ?? false,
        timeZone: config.timezone,
        now: Date.now(),
        correlationId: `import-hours:${randomUUID()}`,
        sessionHolders: (ids) => new DirectoryQuery(ledger.sql).sessionHolders(ids),
        onProgress: (phase, done, total) => bar.update(phase === 'check' ? done : total + done, 2 * total),
      });
    } catch (error) {
      bar.stop('stopped');
      if (error instanceof ImportConflictError) {
        process.stderr.write(`error: ${error.message}\n`);
        return EXIT.unavailable;
      }
      throw error;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    bar.stop(
      report.problemCount > 0
        ? `${report.problemCount} problems in ${report.rows} rows; nothing written`
        : report.dryRun
          ? `dry run: ${report.imported} rows would be imported, ${report.alreadyImported} already are (${seconds} s)`
          : `${report.imported} rows imported, ${report.alreadyImported} already were (${seconds} s)`,
    );
    if (report.problemCount > 0) process.stderr.write(describeProblems(report));
    let projectedTo: number | null = null;
    if (report.written && options.project) {
      const projector = new Projector(ledger.sql, ledger.store, {
        timeZone: config.timezone,
        batchSize: 2000,
      });
      projectedTo = await projector.catchUp();
    }
    process.stdout.write(`${JSON.stringify({ ...report, projectedTo })}\n`);
    return report.problemCount > 0 ? EXIT.badInput : EXIT.ok;
  } finally {
    await ledger.close();
  }
}
