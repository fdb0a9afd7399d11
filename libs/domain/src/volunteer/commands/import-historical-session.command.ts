import { type ActivitySnapshot } from '../../activity/activity.events.js';
import { type DomainCommand } from '../../decider.js';
import { DomainError } from '../../shared/errors.js';
import { type Actor } from '../../shared/event.js';
import { isPlainText } from '../../shared/plain-text.js';
import { type SessionOrigin, type VolunteerEvent } from '../volunteer.events.js';
import { type VolunteerState } from '../volunteer.state.js';
import { decideRecordManualSession } from './record-manual-session.command.js';

export const ORIGIN_SOURCE_MAX_LENGTH = 64;
export const ORIGIN_RECORD_ID_MAX_LENGTH = 128;

/**
 * Hours an earlier system recorded, brought in by an administrator of the organising line. They obey the
 * rules of a paper sheet (window, length, minutes within the interval, no overlap) and count as confirmed.
 */
export type ImportHistoricalSession = DomainCommand<
  'ImportHistoricalSession',
  {
    readonly sessionId: string;
    readonly activity: ActivitySnapshot;
    readonly startedAt: string;
    readonly endedAt: string;
    readonly minutes: number;
    readonly note: string;
    readonly origin: SessionOrigin;
    readonly actor: Actor;
    readonly now: string;
  }
>;

function requireOriginText(value: string, field: string, maxLength: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > maxLength || !isPlainText(text)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `${field} must be 1 to ${maxLength} characters of plain text on one line`,
      field,
    );
  }
  return text;
}

export function decideImportHistoricalSession(
  command: ImportHistoricalSession,
  state: VolunteerState,
): VolunteerEvent[] {
  const { origin, actor, ...sheet } = command.data;
  // Importing another system's records is an administrator's act (SPEC §2), not an organiser's.
  if (!actor.roles.includes('admin')) {
    throw new DomainError('FORBIDDEN', 'only an administrator imports historical hours');
  }
  const source = requireOriginText(origin.source, 'source', ORIGIN_SOURCE_MAX_LENGTH);
  const recordId = requireOriginText(origin.recordId, 'recordId', ORIGIN_RECORD_ID_MAX_LENGTH);
  const decided = decideRecordManualSession(
    { type: 'RecordManualSession', data: { ...sheet, actor } },
    state,
  );
  return decided.map((event) =>
    event.type === 'ManualSessionRecorded'
      ? { ...event, data: { ...event.data, origin: { source, recordId } } }
      : event,
  );
}
