import { type VolunteerStreamEvent } from '../volunteer/volunteer.events.js';
import {
  anActivity,
  checkedIn,
  checkedOut,
  confirmed,
  manualRecorded,
  registered,
  VOLUNTEER_ID,
} from './fixtures.js';

const HOUR_MS = 60 * 60 * 1000;
// Six-hour slots from 2005: even 20,000 sessions end years before today.
const SLOT_MS = 6 * HOUR_MS;
const FIRST_SLOT = Date.parse('2005-01-01T01:00:00.000Z');
const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * A volunteer's stream with `sessions` sessions, one every six hours, of every kind a real stream holds: confirmed,
 * corrected, rejected, revoked, missed check-outs, paper sheets, one still open at the end, and school
 * consents and awards between them.
 */
export function volunteerHistory(sessions: number): VolunteerStreamEvent[] {
  const events: VolunteerStreamEvent[] = [registered()];
  for (let index = 0; index < sessions; index += 1) {
    const start = FIRST_SLOT + index * SLOT_MS;
    const end = start + 4 * HOUR_MS;
    const activity = anActivity({ activityId: `act-${index}`, startsAt: iso(start), endsAt: iso(end) });
    const sessionId = `s-${index}`;
    const volunteerId = VOLUNTEER_ID;
    if (index % 7 === 3) {
      events.push(manualRecorded(sessionId, activity, iso(start), iso(end), 240));
    } else {
      events.push(checkedIn(sessionId, activity, iso(start)));
      if (index === sessions - 1) break;
      if (index % 11 === 5) {
        const [serviceStart, serviceEnd, closedAt] = [iso(start), iso(end), iso(end + HOUR_MS)];
        events.push({
          type: 'SessionCheckOutMissed',
          data: { sessionId, volunteerId, closedAt, serviceStart, serviceEnd, measuredMinutes: 240 },
        });
      } else {
        events.push(checkedOut(sessionId, iso(end), [iso(start), iso(end)], 240));
      }
    }
    if (index % 13 === 4) {
      events.push({ type: 'SessionRejected', data: { sessionId, volunteerId, reason: 'not present' } });
      continue;
    }
    events.push(confirmed(sessionId, 240));
    if (index % 5 === 2) {
      const correction = { minutes: 180, previousMinutes: 240, reason: 'left early' };
      events.push({ type: 'SessionCorrected', data: { sessionId, volunteerId, ...correction } });
    }
    if (index % 17 === 9) {
      const revocation = { reason: 'duplicate', revokedMinutes: 240 };
      events.push({ type: 'SessionRevoked', data: { sessionId, volunteerId, ...revocation } });
    }
    if (index % 50 === 10) events.push(...consentAndAward(index, end));
  }
  return events;
}

function consentAndAward(index: number, at: number): VolunteerStreamEvent[] {
  const volunteerId = VOLUNTEER_ID;
  const schoolId = `school-${index % 3}`;
  const consentId = `consent-${index}`;
  const grantedAt = iso(at + 60_000);
  const awardId = `award-${index}`;
  const award = { awardId, volunteerId, policyId: 'stars', version: 1, tier: '1-star', grantedAt };
  const figures = { unit: 'minutes' as const, measured: 60, threshold: 60, evidence: [], note: 'stars' };
  const events: VolunteerStreamEvent[] = [
    {
      type: 'SchoolConsentGranted',
      data: { consentId, volunteerId, schoolId, schoolPath: ['zz', schoolId], grantedAt, until: null },
    },
    { type: 'AwardGranted', data: { ...award, ...figures } },
  ];
  if (index % 100 === 10) {
    events.push({
      type: 'SchoolConsentRevoked',
      data: { consentId, volunteerId, schoolId, revokedAt: grantedAt },
    });
    events.push({
      type: 'AwardRevoked',
      data: { awardId, volunteerId, policyId: 'stars', tier: '1-star', reason: 'granted in error' },
    });
  }
  return events;
}
