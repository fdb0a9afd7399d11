import {
  type Actor,
  type ActivitySnapshot,
  activityDecider,
  activityStream,
  coversPath,
  decideActivity,
  decideVolunteer,
  decodeEvent,
  DomainError,
  encodeEvent,
  entryOf,
  evolveActivity,
  foldOwnedVolunteer,
  foldVolunteer,
  isActivityEvent,
  isPlainText,
  isVolunteerStreamEvent,
  type LedgerEvent,
  type OrganizationNode,
  organizationStream,
  ORIGIN_SOURCE_MAX_LENGTH,
  type VolunteerState,
  volunteerStream,
} from '@vl/domain';
import { type EventData, type EventStore, type RecordedEvent } from '@vl/event-store';
import { crossCheckRows } from './cross-check-rows.js';
import { type TextEncoding } from './decode-text.js';
import { eventIdOf, historicalActivityId, historicalSessionId } from './import-ids.js';
import { type ImportProblem, MAX_LISTED_PROBLEMS, problem, sortProblems } from './import-problem.js';
import { type ImportRow, parseRows } from './parse-rows.js';
import { type ImportFormat, readTable } from './read-table.js';
import { zonedInstant, zonedIso } from './zoned-time.js';

export interface ImportHoursOptions {
  readonly store: EventStore;
  readonly bytes: Uint8Array;
  /** The earlier system's name; with each row's record id it makes the import idempotent. */
  readonly source: string;
  /** An administrator: rows outside their subtree are refused. */
  readonly actor: Actor;
  readonly encoding?: TextEncoding;
  readonly format?: ImportFormat;
  readonly dryRun: boolean;
  readonly timeZone: string;
  readonly now: number;
  readonly correlationId: string;
  /**
   * The volunteer already holding each of these sessions (the read model's answer), so a record id imported
   * for one volunteer is refused for another instead of making a second session of the same id.
   */
  readonly sessionHolders?: (sessionIds: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  /** Rows checked, then streams written: done so far and in all. */
  readonly onProgress?: (phase: 'check' | 'write', done: number, total: number) => void;
}

/** What a run found and did: the same whether it wrote, was a dry run, or was refused. */
export interface ImportReport {
  readonly source: string;
  readonly format: ImportFormat;
  readonly encoding: TextEncoding | null;
  readonly dryRun: boolean;
  /** Data rows in the file. */
  readonly rows: number;
  /** Rows that are (or in a dry run, would be) appended now. */
  readonly imported: number;
  /** Rows whose source and record id the ledger already holds: skipped. */
  readonly alreadyImported: number;
  /** Historical activities scheduled for rows that name an organisation. */
  readonly activitiesScheduled: number;
  /** True when events were appended: never with a problem, never in a dry run. */
  readonly written: boolean;
  /** The last position appended, when written. */
  readonly position: number | null;
  readonly problemCount: number;
  /** The first MAX_LISTED_PROBLEMS problems, in row order. */
  readonly problems: readonly ImportProblem[];
}

/** A stream changed between the check and the write; a second run skips what was written. */
export class ImportConflictError extends Error {
  override readonly name = 'ImportConflictError';
}

const READ_GROUP = 200;
const APPEND_GROUP = 400;
const IMPORT_CATEGORY = 'historical-import';

async function inGroups<T, R>(
  items: readonly T[],
  size: number,
  each: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(each))));
  }
  return results;
}

function decoded(recorded: readonly RecordedEvent[]): LedgerEvent[] {
  return recorded.flatMap((stored) => {
    const event = decodeEvent(stored)?.event;
    return event ? [event] : [];
  });
}

const FIELD_COLUMNS: Record<string, string> = {
  startedAt: 'start',
  endedAt: 'end',
  minutes: 'minutes',
  note: 'note',
  recordId: 'recordId',
  source: 'source',
};

interface Planned {
  readonly stream: string;
  readonly expected: number | 'no_stream';
  readonly events: EventData[];
}

/**
 * Imports historical hours: reads the file, checks every row (form, the file's own clashes, then the
 * ledger's rules through the volunteer decider), and only when nothing is wrong and it is not a dry run
 * appends what the deciders decided. All or nothing: one problem anywhere and nothing is written.
 */
export async function importHours(options: ImportHoursOptions): Promise<ImportReport> {
  const { store, actor, timeZone, now } = options;
  const source = options.source.trim();
  const table = await readTable(options.bytes, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.format ? { format: options.format } : {}),
  });
  const problems: ImportProblem[] = [];
  if (source.length === 0 || source.length > ORIGIN_SOURCE_MAX_LENGTH || !isPlainText(source)) {
    problems.push(
      problem(
        'SOURCE_INVALID',
        { column: 'source' },
        `来源名称须为 1 至 ${ORIGIN_SOURCE_MAX_LENGTH} 个字符的单行文本`,
        `the source name must be 1 to ${ORIGIN_SOURCE_MAX_LENGTH} characters on one line`,
      ),
    );
  }
  const parsed = parseRows(table, { timeZone, now });
  const clashes = crossCheckRows(parsed.rows);
  problems.push(...parsed.problems, ...clashes);
  const clashing = new Set(clashes.map((found) => found.row));
  const total = table.rows.length;
  const base = {
    source,
    format: table.format,
    encoding: table.encoding,
    dryRun: options.dryRun,
    rows: total,
  };
  const refused = (found: readonly ImportProblem[]): ImportReport => ({
    ...base,
    imported: 0,
    alreadyImported: 0,
    activitiesScheduled: 0,
    written: false,
    position: null,
    problemCount: found.length,
    problems: sortProblems(found).slice(0, MAX_LISTED_PROBLEMS),
  });
  // Without a readable header there are no rows to check further; otherwise the ledger's checks run on
  // the rows that are well formed, so one report names everything wrong at once.
  if (problems.some((found) => found.row === null || found.row === 1)) return refused(problems);

  const rows = parsed.rows;
  const volunteers = await loadVolunteers(store, rows);
  const activities = await loadActivities(store, rows);
  const organizations = await loadOrganizations(store, rows);
  const scheduled = new Map<string, Planned>();
  const recordedAt = new Date(now).toISOString();
  const metadata = (occurredAt: number) => ({
    occurredAt: new Date(occurredAt).toISOString(),
    recordedAt,
    actor: actor.sub,
    correlationId: options.correlationId,
  });

  const activityFor = async (row: ImportRow): Promise<ActivitySnapshot | ImportProblem> => {
    if (row.activityId !== null) {
      const activity = activities.get(row.activityId);
      if (!activity) {
        return problem(
          'ACTIVITY_UNKNOWN',
          { row: row.row, column: 'activityId' },
          `活动 ${row.activityId} 不存在`,
          `activity ${row.activityId} does not exist`,
        );
      }
      return activity;
    }
    const organizationId = row.organizationId ?? '';
    const node = organizations.get(organizationId);
    if (!node) {
      return problem(
        'ORGANIZATION_UNKNOWN',
        { row: row.row, column: 'organizationId' },
        `组织 ${organizationId} 不存在`,
        `organisation ${organizationId} does not exist`,
      );
    }
    const month = row.date.slice(0, 7);
    const activityId = historicalActivityId(source, organizationId, month);
    const known = activities.get(activityId);
    if (known) return known;
    // One activity per organisation, source and month holds the rows that name only an organisation.
    const [year = 0, monthNumber = 1] = month.split('-').map(Number);
    const next =
      monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
    const decided = decideActivity(
      {
        type: 'ScheduleActivity',
        data: {
          activityId,
          organization: node,
          title: `历史导入 / historical import: ${source} ${month}`,
          category: IMPORT_CATEGORY,
          startsAt: zonedIso(zonedInstant(`${month}-01`, 0, timeZone), timeZone),
          endsAt: zonedIso(zonedInstant(`${next}-01`, 0, timeZone), timeZone),
          autoConfirm: false,
          checkInMethods: ['organizer'],
          now: recordedAt,
        },
      },
      activityDecider.initialState,
    );
    const state = decided.reduce(evolveActivity, activityDecider.initialState);
    if (state.status !== 'Scheduled') throw new Error('no historical activity decided');
    activities.set(activityId, state.activity);
    const stream = activityStream(activityId);
    scheduled.set(stream, {
      stream,
      expected: 'no_stream',
      events: decided.map((event, index) => ({
        id: eventIdOf(`${stream}/${index}`),
        ...encodeEvent(event, metadata(now)),
      })),
    });
    return state.activity;
  };

  const holders =
    (await options.sessionHolders?.(rows.map((row) => historicalSessionId(source, row.recordId)))) ??
    new Map<string, string>();
  const appends = new Map<string, Planned>();
  let imported = 0;
  let alreadyImported = 0;
  let checked = 0;
  for (const row of [...rows].sort((a, b) => a.startedAt - b.startedAt || a.row - b.row)) {
    checked += 1;
    if (checked % 1000 === 0) options.onProgress?.('check', checked, rows.length);
    if (clashing.has(row.row)) continue;
    const volunteer = volunteers.get(row.volunteerId);
    if (!volunteer || volunteer.state.status === 'Unregistered') {
      problems.push(
        problem(
          'VOLUNTEER_UNKNOWN',
          { row: row.row, column: 'volunteerId' },
          `志愿者 ${row.volunteerId} 未注册`,
          `volunteer ${row.volunteerId} is not registered`,
        ),
      );
      continue;
    }
    const sessionId = historicalSessionId(source, row.recordId);
    const holder = holders.get(sessionId);
    if (holder !== undefined && holder !== row.volunteerId) {
      problems.push(
        problem(
          'RECORD_ID_REUSED',
          { row: row.row, column: 'recordId' },
          `来源 ${source} 的记录 ${row.recordId} 已为另一名志愿者（${holder}）导入`,
          `record ${row.recordId} of ${source} was already imported for another volunteer (${holder})`,
        ),
      );
      continue;
    }
    if (entryOf(volunteer.state.sessions, sessionId)) {
      alreadyImported += 1;
      continue;
    }
    const activity = await activityFor(row);
    if ('code' in activity) {
      problems.push(activity);
      continue;
    }
    if (!coversPath(actor.org, activity.organizationPath)) {
      problems.push(
        problem(
          'OUT_OF_SCOPE',
          { row: row.row, column: row.activityId !== null ? 'activityId' : 'organizationId' },
          `${activity.organizationId} 不在 ${actor.org} 的管辖范围内`,
          `${activity.organizationId} is outside the scope of ${actor.org}`,
        ),
      );
      continue;
    }
    let events;
    try {
      events = decideVolunteer(
        {
          type: 'ImportHistoricalSession',
          data: {
            sessionId,
            activity,
            startedAt: new Date(row.startedAt).toISOString(),
            endedAt: new Date(row.endedAt).toISOString(),
            minutes: row.minutes,
            note: row.note,
            origin: { source, recordId: row.recordId },
            actor,
            now: recordedAt,
          },
        },
        volunteer.state,
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const column = FIELD_COLUMNS[error.field ?? ''] ?? null;
      problems.push(
        error.code === 'SESSION_OVERLAPS'
          ? problem(
              'OVERLAPS_LEDGER',
              { row: row.row, column: 'start' },
              `与账本中已有的时段重叠：${error.message}`,
              `overlaps a session in the ledger: ${error.message}`,
            )
          : problem(
              'RULE_REFUSED',
              { row: row.row, column },
              `账本规则拒绝（${error.code}）：${error.message}`,
              `refused by the ledger's rules (${error.code}): ${error.message}`,
            ),
      );
      continue;
    }
    // The state was folded for this import alone: its next row is decided on it folded on in place.
    volunteer.state = foldOwnedVolunteer(volunteer.state, events);
    const stream = volunteerStream(row.volunteerId);
    const planned = appends.get(stream) ?? { stream, expected: volunteer.revision, events: [] };
    planned.events.push(
      ...events.map((event, index) => ({
        id: eventIdOf(`${stream}/${sessionId}/${index}`),
        ...encodeEvent(event, metadata(row.startedAt)),
      })),
    );
    appends.set(stream, planned);
    imported += 1;
  }
  options.onProgress?.('check', rows.length, rows.length);
  if (problems.length > 0) return refused(problems);
  const report = {
    ...base,
    imported,
    alreadyImported,
    activitiesScheduled: scheduled.size,
    problemCount: 0,
    problems: [],
  };
  if (options.dryRun) return { ...report, written: false, position: null };

  const writes = [...scheduled.values(), ...appends.values()];
  let position = 0;
  let done = 0;
  for (let start = 0; start < writes.length; start += APPEND_GROUP) {
    const group = writes.slice(start, start + APPEND_GROUP);
    // Activities first (their groups come first), so no session names an activity not yet stored.
    const results = await Promise.allSettled(
      group.map((planned) => store.append(planned.stream, planned.events, planned.expected)),
    );
    for (const [index, result] of results.entries()) {
      if (result.status === 'rejected') {
        throw new ImportConflictError(
          `${group[index]?.stream ?? 'a stream'} changed during the import (${String(
            result.reason instanceof Error ? result.reason.message : result.reason,
          )}); run the import again: rows already written are skipped`,
        );
      }
      position = Math.max(position, result.value.position);
    }
    done += group.length;
    options.onProgress?.('write', done, writes.length);
  }
  return { ...report, written: writes.length > 0, position: writes.length > 0 ? position : null };
}

interface LoadedVolunteer {
  state: VolunteerState;
  readonly revision: number | 'no_stream';
}

async function loadVolunteers(store: EventStore, rows: readonly ImportRow[]) {
  const ids = [...new Set(rows.map((row) => row.volunteerId))];
  const loaded = new Map<string, LoadedVolunteer>();
  await inGroups(ids, READ_GROUP, async (id) => {
    const recorded = await store.readStream(volunteerStream(id));
    const events = decoded(recorded).filter(isVolunteerStreamEvent);
    const last = recorded.at(-1);
    loaded.set(id, {
      state: foldVolunteer({ status: 'Unregistered' }, events),
      revision: last ? last.revision : 'no_stream',
    });
  });
  return loaded;
}

async function loadActivities(store: EventStore, rows: readonly ImportRow[]) {
  const ids = [...new Set(rows.flatMap((row) => (row.activityId === null ? [] : [row.activityId])))];
  const loaded = new Map<string, ActivitySnapshot>();
  const load = async (id: string) => {
    const events = decoded(await store.readStream(activityStream(id))).filter(isActivityEvent);
    const state = events.reduce(evolveActivity, activityDecider.initialState);
    if (state.status === 'Scheduled') loaded.set(id, state.activity);
  };
  await inGroups(ids, READ_GROUP, load);
  // The historical activities an earlier run scheduled, found where rows name an organisation.
  return loaded;
}

async function loadOrganizations(store: EventStore, rows: readonly ImportRow[]) {
  const ids = [...new Set(rows.flatMap((row) => (row.organizationId === null ? [] : [row.organizationId])))];
  const loaded = new Map<string, OrganizationNode>();
  await inGroups(ids, READ_GROUP, async (id) => {
    for (const event of decoded(await store.readStream(organizationStream(id)))) {
      if (event.type === 'OrganizationRegistered') {
        loaded.set(id, { organizationId: id, path: event.data.path });
      }
    }
  });
  return loaded;
}
