import {
  ANOMALY_LIMITS,
  type AnomalySession,
  anomalyId,
  checkInAfterEnd,
  findAnomalies,
  impossibleTravel,
  longerThanPeers,
  manualAboveUsual,
  median,
  selfConfirmation,
} from './anomalies.js';
import { anomalyReason } from './anomaly-reasons.js';

const at = (iso: string): number => Date.parse(iso);
// 株洲 神农公园 and 长沙 橘子洲, about 50 km apart.
const zhuzhou = { latitude: 27.8274, longitude: 113.134 };
const changsha = { latitude: 28.1792, longitude: 112.9622 };

/** Given: one session; each field overridable. */
function session(overrides: Partial<AnomalySession> & { sessionId: string }): AnomalySession {
  return {
    volunteerId: 'v1',
    activityId: 'act-1',
    kind: 'live',
    checkedInAt: at('2024-07-10T01:00:00Z'),
    checkedOutAt: at('2024-07-10T03:00:00Z'),
    serviceStart: at('2024-07-10T01:00:00Z'),
    activityEndsAt: at('2024-07-10T04:00:00Z'),
    measuredMinutes: 120,
    geoVenue: null,
    confirmedBySelf: false,
    ...overrides,
  };
}

describe('median', () => {
  it('takes the middle value, or the mean of the middle two, and has none of nothing', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('impossible travel (the "impossible travel" sign-in check of fraud screening)', () => {
  it('given two geo check-ins 50 km apart 10 minutes apart, when screened, then both sessions are named', () => {
    const first = session({ sessionId: 's-1', geoVenue: zhuzhou, checkedOutAt: at('2024-07-10T02:00:00Z') });
    const second = session({
      sessionId: 's-2',
      activityId: 'act-2',
      geoVenue: changsha,
      checkedInAt: at('2024-07-10T02:10:00Z'),
      serviceStart: at('2024-07-10T02:10:00Z'),
    });
    const [finding, ...rest] = impossibleTravel([second, first]);
    expect(rest).toEqual([]);
    expect(finding?.kind).toBe('IMPOSSIBLE_TRAVEL');
    expect(finding?.sessionIds).toEqual(['s-1', 's-2']);
    expect(finding?.figures.distanceKm).toBeGreaterThan(40);
    expect(finding?.figures.kmPerHour).toBeGreaterThan(ANOMALY_LIMITS.maxTravelKmPerHour);
  });

  it('given the same two venues two hours apart, when screened, then the trip was possible: nothing', () => {
    const first = session({ sessionId: 's-1', geoVenue: zhuzhou, checkedOutAt: at('2024-07-10T02:00:00Z') });
    const second = session({
      sessionId: 's-2',
      geoVenue: changsha,
      checkedInAt: at('2024-07-10T04:00:00Z'),
    });
    expect(impossibleTravel([first, second])).toEqual([]);
  });

  it('given sessions not proven by location or of different volunteers, when screened, then nothing', () => {
    const first = session({ sessionId: 's-1', geoVenue: zhuzhou, checkedOutAt: at('2024-07-10T02:00:00Z') });
    const qr = session({ sessionId: 's-2', geoVenue: null, checkedInAt: at('2024-07-10T02:05:00Z') });
    const other = session({
      sessionId: 's-3',
      volunteerId: 'v2',
      geoVenue: changsha,
      checkedInAt: at('2024-07-10T02:05:00Z'),
    });
    expect(impossibleTravel([first, qr, other])).toEqual([]);
  });

  it('given two venues closer than 1 km, when screened, then GPS noise is not travel', () => {
    const near = { latitude: zhuzhou.latitude + 0.005, longitude: zhuzhou.longitude };
    const first = session({ sessionId: 's-1', geoVenue: zhuzhou, checkedOutAt: at('2024-07-10T02:00:00Z') });
    const second = session({ sessionId: 's-2', geoVenue: near, checkedInAt: at('2024-07-10T02:00:00Z') });
    expect(impossibleTravel([first, second])).toEqual([]);
  });
});

describe('self-confirmation (four-eyes principle; 谁记录谁证明 needs a second person)', () => {
  it('given a session its own volunteer confirmed by hand, when screened, then it is named', () => {
    const findings = selfConfirmation([
      session({ sessionId: 's-1', confirmedBySelf: true }),
      session({ sessionId: 's-2' }),
    ]);
    expect(findings.map((f) => [f.kind, f.sessionIds])).toEqual([['SELF_CONFIRMATION', ['s-1']]]);
  });
});

describe('manual sessions far above the usual (median-based timesheet screening)', () => {
  const usual = [60, 90, 120].map((minutes, i) =>
    session({ sessionId: `u-${i}`, activityId: `other-${i}`, measuredMinutes: minutes }),
  );

  it('given a 10-hour paper session and a 90-minute median, when screened, then it is named with both figures', () => {
    const padded = session({ sessionId: 'm-1', kind: 'manual', checkedInAt: null, measuredMinutes: 600 });
    const [finding] = manualAboveUsual([padded], [...usual, padded]);
    expect(finding?.sessionIds).toEqual(['m-1']);
    expect(finding?.figures).toEqual({ minutes: 600, volunteerMedianMinutes: 90, factor: 3 });
  });

  it('given a paper session under 4 hours, when screened, then nothing even above 3× the median', () => {
    const short = session({ sessionId: 'm-1', kind: 'manual', checkedInAt: null, measuredMinutes: 240 });
    const tiny = [10, 20].map((m, i) =>
      session({ sessionId: `t-${i}`, activityId: `o-${i}`, measuredMinutes: m }),
    );
    expect(manualAboveUsual([short], [...tiny, short])).toEqual([]);
  });

  it('given a long live session, or a manual one with no other session to compare, when screened, then nothing', () => {
    const live = session({ sessionId: 'l-1', measuredMinutes: 600 });
    const alone = session({
      sessionId: 'm-2',
      volunteerId: 'v9',
      activityId: 'solo',
      kind: 'manual',
      measuredMinutes: 600,
    });
    expect(manualAboveUsual([live, alone], [...usual, live, alone])).toEqual([]);
  });
});

describe('sessions much longer than their activity (median-based outlier screening)', () => {
  const peers = [60, 70, 80].map((m, i) =>
    session({ sessionId: `p-${i}`, volunteerId: `v-${i}`, measuredMinutes: m }),
  );

  it('given a 170-minute session among sessions of about 70, when screened, then it alone is named', () => {
    const long = session({ sessionId: 'x-1', volunteerId: 'v9', measuredMinutes: 170 });
    const all = [...peers, long];
    const findings = longerThanPeers(all, all);
    expect(findings.map((f) => f.sessionIds)).toEqual([['x-1']]);
    expect(findings[0]?.figures.activityMedianMinutes).toBe(70);
  });

  it('given exactly 2× the median or fewer than two peers, when screened, then nothing', () => {
    const twice = session({ sessionId: 'x-1', volunteerId: 'v9', measuredMinutes: 140 });
    expect(longerThanPeers([twice], [...peers, twice])).toEqual([]);
    const lonely = session({ sessionId: 'x-2', activityId: 'small', measuredMinutes: 500 });
    const one = session({ sessionId: 'x-3', activityId: 'small', measuredMinutes: 10 });
    expect(longerThanPeers([lonely], [lonely, one])).toEqual([]);
  });
});

describe('check-ins after the activity ended (within the 2-hour grace of the hour rules)', () => {
  it('given a check-in 30 minutes after the end, when screened, then it is named; at the end, nothing', () => {
    const late = session({ sessionId: 's-1', checkedInAt: at('2024-07-10T04:30:00Z') });
    const onTime = session({ sessionId: 's-2', checkedInAt: at('2024-07-10T04:00:00Z') });
    const findings = checkInAfterEnd([late, onTime]);
    expect(findings.map((f) => [f.sessionIds, f.figures.minutesAfterEnd])).toEqual([[['s-1'], 30]]);
  });
});

describe('the report', () => {
  it('orders findings by time and kind, keeps travel touching a covered session, and explains each in zh and en', () => {
    const late = session({
      sessionId: 'late',
      serviceStart: at('2024-07-11T01:00:00Z'),
      checkedInAt: at('2024-07-10T04:30:00Z'),
    });
    const self = session({
      sessionId: 'self',
      confirmedBySelf: true,
      serviceStart: at('2024-07-09T01:00:00Z'),
    });
    const findings = findAnomalies([late, self], [late, self]);
    expect(findings.map(anomalyId)).toEqual(['SELF_CONFIRMATION:self', 'CHECK_IN_AFTER_END:late']);
    for (const finding of findings) {
      const reason = anomalyReason(finding);
      expect(reason.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(reason.en).toMatch(/[a-z]/);
    }
    expect(anomalyReason(findings[1]!).en).toBe('checked in 30 minutes after the activity ended');
  });
});
