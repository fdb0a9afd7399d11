import {
  ANY,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { EventStoreUnavailableError, WrongExpectedRevisionError } from '../event-store.port.js';
import {
  isSystemEvent,
  mapEsdbError,
  toEsdbExpectedRevision,
  toPortPosition,
  toReadPosition,
  toRecordedEvent,
} from './esdb-mapping.js';

describe('EventStoreDB mapping', () => {
  it('shifts commit positions by one so that 0 means before everything, and back', () => {
    expect(toPortPosition({ commit: 0n, prepare: 0n })).toBe(1);
    expect(toPortPosition({ commit: 1234n, prepare: 1234n })).toBe(1235);
    expect(toReadPosition(0)).toBe(START);
    expect(toReadPosition(1235)).toEqual({ commit: 1234n, prepare: 1234n });
  });

  it('treats a missing or unset position as unknown (0)', () => {
    expect(toPortPosition(undefined)).toBe(0);
    expect(toPortPosition({ commit: 18446744073709551615n, prepare: 18446744073709551615n })).toBe(0);
  });

  it('maps expected revisions', () => {
    expect(toEsdbExpectedRevision('any')).toBe(ANY);
    expect(toEsdbExpectedRevision('no_stream')).toBe(NO_STREAM);
    expect(toEsdbExpectedRevision('stream_exists')).toBe(STREAM_EXISTS);
    expect(toEsdbExpectedRevision(7)).toBe(7n);
  });

  it('maps a wrong expected version to the typed concurrency error', () => {
    const existing = new WrongExpectedVersionError(undefined, { streamName: 's', expected: 1n, current: 4n });
    expect(mapEsdbError(existing, 's', 1)).toEqual(new WrongExpectedRevisionError('s', 1, 4));
    const missing = new WrongExpectedVersionError(undefined, {
      streamName: 's',
      expected: STREAM_EXISTS,
      current: NO_STREAM,
    });
    expect(mapEsdbError(missing, 's', 'stream_exists')).toMatchObject({
      actual: 'no_stream',
      expected: 'stream_exists',
    });
  });

  it('maps an unreachable server to EventStoreUnavailableError and keeps other errors', () => {
    expect(mapEsdbError(new UnavailableError())).toBeInstanceOf(EventStoreUnavailableError);
    const other = new Error('access denied');
    expect(mapEsdbError(other)).toBe(other);
  });

  it('recognises system events by stream or type and converts recorded events', () => {
    const base = {
      streamId: 'volunteer-1',
      id: 'f4f1f1a6-9c1e-4a43-9f6b-6d5f6f0c5d11',
      isJson: true as const,
      revision: 3n,
      type: 'VolunteerCheckedIn',
      created: new Date('2025-01-01T00:00:00Z'),
      data: { minutes: 30 },
      metadata: { correlationId: 'c' },
      position: { commit: 99n, prepare: 99n },
    };
    expect(isSystemEvent(base)).toBe(false);
    expect(isSystemEvent({ ...base, streamId: '$stats-127.0.0.1:2113' })).toBe(true);
    expect(isSystemEvent({ ...base, type: '$metadata' })).toBe(true);
    expect(toRecordedEvent(base)).toEqual({
      id: base.id,
      type: base.type,
      data: base.data,
      metadata: base.metadata,
      streamName: 'volunteer-1',
      revision: 3,
      position: 100,
      createdAt: base.created,
    });
  });
});
