import { PersonalData } from '../personal-data/personal-data.service.js';
import { Inject, Injectable } from '@nestjs/common';
import { type LedgerConfig } from '@vl/config';
import { anomalyId, anomalyReason, DomainError, findAnomalies } from '@vl/domain';
import { LEDGER_CONFIG } from '@vl/platform';
import { AnomalySessionsQuery, decodeCursor, encodeCursor } from '@vl/read-model';
import { CLOCK, type Clock } from '../shared/clock.js';
import { isInstant } from '../shared/validation.js';
import { type AnomalyFindingResponse } from './anomaly.response.dto.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Without `from`, the month before `to`. */
const DEFAULT_SPAN_MS = 31 * DAY_MS;
/** A year and a day: the report reads the period's sessions at once, so the period is bounded. */
export const MAX_ANOMALY_SPAN_MS = 366 * DAY_MS;

export interface AnomalyPeriod {
  readonly from: string;
  readonly to: string;
}

export interface AnomalyPage {
  readonly items: AnomalyFindingResponse[];
  readonly nextCursor: string | null;
}

/** The anomaly report of a subtree: the rules of libs/domain/src/presence/anomalies.ts over its sessions. */
@Injectable()
export class AnomalyReportService {
  constructor(
    private readonly sessions: AnomalySessionsQuery,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    private readonly personalData: PersonalData,
  ) {}

  /** The period asked for, as instants; refused when it runs backwards or is longer than the bound. */
  period(from: string | undefined, to: string | undefined): AnomalyPeriod {
    const end = to === undefined ? this.clock.now().getTime() : this.instant(to);
    const start = from === undefined ? end - DEFAULT_SPAN_MS : this.instant(from);
    if (start >= end) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'from must be before to',
        from === undefined ? 'to' : 'from',
      );
    }
    if (end - start > MAX_ANOMALY_SPAN_MS) {
      throw new DomainError('VALIDATION_FAILED', 'the period from … to is at most 366 days', 'to');
    }
    return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
  }

  async page(
    organizationId: string,
    period: AnomalyPeriod,
    limit: number,
    cursor?: string,
  ): Promise<AnomalyPage> {
    const after = cursor === undefined ? undefined : decodeCursor(cursor, ['instant', 'text']);
    const { covered, population, volunteerNames } = await this.sessions.inSubtree(
      organizationId,
      period.from,
      period.to,
    );
    // Names are kept only in the personal-data store; the report shows them masked, like every answer.
    const found = findAnomalies(covered, population);
    const names = await this.personalData.maskedNames([
      ...new Set(found.map((finding) => finding.volunteerId)),
    ]);
    const findings = found.map((finding) => ({
      id: anomalyId(finding),
      kind: finding.kind,
      reason: anomalyReason(finding),
      volunteerId: finding.volunteerId,
      volunteerName: names.get(finding.volunteerId) || (volunteerNames.get(finding.volunteerId) ?? null),
      at: new Date(finding.at).toISOString(),
      sessionIds: [...finding.sessionIds],
      figures: { ...finding.figures },
    }));
    // Findings come sorted by (at, id); a page resumes after the cursor's pair.
    const rest = after
      ? findings.filter(({ at, id }) => at > (after[0] ?? '') || (at === after[0] && id > (after[1] ?? '')))
      : findings;
    const items = rest.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rest.length > limit && last !== undefined ? encodeCursor([last.at, last.id]) : null,
    };
  }

  /** An instant as given, or a date's midnight in the programme's zone. */
  private instant(value: string): number {
    if (isInstant(value)) return Date.parse(value);
    const utcMidnight = Date.parse(`${value}T00:00:00Z`);
    return utcMidnight - zoneOffsetMs(utcMidnight, this.config.timezone);
  }
}

/** How far the zone's wall clock is ahead of UTC at an instant. */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - instant;
}
