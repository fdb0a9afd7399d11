import { deciderSpecification } from '../../testing/decider-specification.js';
import { anActivity, anActor, confirmed, manualRecorded, registered } from '../../testing/fixtures.js';
import { volunteerDecider } from '../volunteer.decider.js';
import { type ImportHistoricalSession } from './import-historical-session.command.js';

const spec = deciderSpecification(volunteerDecider);
// 09:00–13:00 in Shanghai, organised by lotus-team (zz > hetang > lotus > lotus-team).
const activity = anActivity();
const LATER = '2024-07-02T00:00:00Z';
const districtAdmin = anActor('hetang', ['admin']);

function importSession(
  sessionId: string,
  [startedAt, endedAt]: [string, string],
  minutes: number,
  overrides: Partial<ImportHistoricalSession['data']> = {},
): ImportHistoricalSession {
  return {
    type: 'ImportHistoricalSession',
    data: {
      sessionId,
      activity,
      startedAt,
      endedAt,
      minutes,
      note: 'old sheet',
      origin: { source: '志愿汇', recordId: 'R-1' },
      actor: districtAdmin,
      now: LATER,
      ...overrides,
    },
  };
}

describe('historical import of a session', () => {
  it('records the session with its source and record id, confirmed at once', () => {
    const recorded = manualRecorded(
      'imp-1',
      activity,
      '2024-07-01T01:00:00.000Z',
      '2024-07-01T03:00:00.000Z',
      120,
      'old sheet',
    );
    spec
      .given([registered()])
      .when(importSession('imp-1', ['2024-07-01T09:00:00+08:00', '2024-07-01T11:00:00+08:00'], 120))
      .then([
        { ...recorded, data: { ...recorded.data, origin: { source: '志愿汇', recordId: 'R-1' } } },
        confirmed('imp-1', 120),
      ]);
  });

  it('refuses an organiser: importing is an administrator act', () => {
    spec
      .given([registered()])
      .when(
        importSession('imp-1', ['2024-07-01T09:00:00+08:00', '2024-07-01T11:00:00+08:00'], 120, {
          actor: anActor('lotus-team', ['organizer']),
        }),
      )
      .thenThrows('FORBIDDEN');
  });

  it('refuses an administrator of a sibling district', () => {
    spec
      .given([registered()])
      .when(
        importSession('imp-1', ['2024-07-01T09:00:00+08:00', '2024-07-01T11:00:00+08:00'], 120, {
          actor: anActor('tianyuan', ['admin']),
        }),
      )
      .thenThrows('NOT_IN_ORGANIZING_SUBTREE');
  });

  it('refuses minutes beyond the interval and an overlap with a counted session', () => {
    spec
      .given([registered()])
      .when(importSession('imp-1', ['2024-07-01T09:00:00+08:00', '2024-07-01T10:00:00+08:00'], 61))
      .thenThrows('MINUTES_EXCEED_INTERVAL');
    spec
      .given([
        registered(),
        manualRecorded('m-1', activity, '2024-07-01T01:30:00.000Z', '2024-07-01T02:30:00.000Z', 60),
        confirmed('m-1', 60),
      ])
      .when(importSession('imp-1', ['2024-07-01T09:00:00+08:00', '2024-07-01T10:00:00+08:00'], 60))
      .thenThrows('SESSION_OVERLAPS');
  });

  it('refuses an empty source or record id, and one that spans lines', () => {
    spec
      .given([registered()])
      .when(
        importSession('imp-1', ['2024-07-01T09:00:00+08:00', '2024-07-01T10:00:00+08:00'], 60, {
          origin: { source: ' ', recordId: 'R-1' },
        }),
      )
      .thenThrows('VALIDATION_FAILED');
    spec
      .given([registered()])
      .when(
        importSession('imp-1', ['2024-07-01T09:00:00+08:00', '2024-07-01T10:00:00+08:00'], 60, {
          origin: { source: 'old', recordId: 'R\n1' },
        }),
      )
      .thenThrows('VALIDATION_FAILED');
  });
});
