import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type LedgerConfig } from '@vl/config';
import { type EventStore } from '@vl/event-store';
import { ImportConflictError, importHours, type ImportFormat, type ImportReport } from '@vl/import';
import { EVENT_STORE, LEDGER_CONFIG, PROJECTOR_NUDGE } from '@vl/platform';
import { DirectoryQuery, ReadModelStatus } from '@vl/read-model';
import { CLOCK, type Clock } from '../../shared/clock.js';
import { ActingCommand } from '../../shared/command-context.js';
import { OrganizationLookup } from '../../shared/organization-lookup.js';
import { HttpProblem } from '../../shared/problem.js';
import { assertMayActWithin } from '@vl/auth';

export class ImportHoursCommand extends ActingCommand<{
  readonly organizationId: string;
  readonly bytes: Uint8Array;
  readonly format: ImportFormat;
  readonly source: string;
  readonly dryRun: boolean;
  readonly encoding?: 'utf8' | 'gbk';
}> {}

export type ImportAnswer = Omit<ImportReport, 'problems' | 'problemCount'>;

/**
 * Imports as an administrator of the organisation the route names: every row must lie within its subtree.
 * The rows are decided by `decideImportHistoricalSession` (libs/domain) through libs/import; a file with any
 * problem is refused as a whole with 422 IMPORT_REJECTED, each problem in `errors`.
 */
@CommandHandler(ImportHoursCommand)
export class ImportHoursHandler implements ICommandHandler<ImportHoursCommand, ImportAnswer> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTOR_NUDGE) private readonly nudge: () => void,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    private readonly organizations: OrganizationLookup,
    private readonly directory: DirectoryQuery,
    private readonly status: ReadModelStatus,
  ) {}

  /** This process's imports, one after another: each checks record ids against all the earlier ones wrote. */
  private queue: Promise<unknown> = Promise.resolve();

  async execute(command: ImportHoursCommand): Promise<ImportAnswer> {
    const organization = await this.organizations.require(command.input.organizationId, 'id');
    assertMayActWithin(command.context.actor, organization);
    const run = this.queue.then(() => this.importNow(command));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async importNow({ context, input }: ImportHoursCommand): Promise<ImportAnswer> {
    // Which volunteer holds a record is read from the read model: it must have taken in every write so far
    // (503 READ_MODEL_BEHIND, with Retry-After, when it cannot within the wait).
    await this.status.waitFor(await this.store.headPosition(), this.config.minPositionWaitMs);
    let report: ImportReport;
    try {
      report = await importHours({
        store: this.store,
        bytes: input.bytes,
        format: input.format,
        source: input.source,
        actor: { ...context.actor, org: input.organizationId },
        ...(input.encoding ? { encoding: input.encoding } : {}),
        dryRun: input.dryRun,
        timeZone: this.config.timezone,
        now: this.clock.now().getTime(),
        correlationId: context.correlationId,
        sessionHolders: (ids) => this.directory.sessionHolders(ids),
      });
    } catch (error) {
      if (error instanceof ImportConflictError) {
        throw new HttpProblem(409, 'CONCURRENCY_CONFLICT', 'The record changed concurrently', error.message);
      }
      throw error;
    }
    if (report.written) this.nudge();
    const { problems, problemCount, ...answer } = report;
    if (problemCount > 0) {
      throw new HttpProblem(
        422,
        'IMPORT_REJECTED',
        'The file has problems; nothing was imported',
        `${problemCount} problems in ${report.rows} rows; nothing was written`,
        {
          errors: problems.map((found) => ({
            field: `${found.row === null ? 'file' : `row ${found.row}`}${found.column ? ` ${found.column}` : ''}`,
            message: `${found.code}: ${found.message.zh} / ${found.message.en}`,
          })),
        },
      );
    }
    return answer;
  }
}
