import { randomUUID } from 'node:crypto';
import { encodeEvent, volunteerStream, type ActivitySnapshot, type LedgerEvent } from '@vl/domain';
import { volunteerHistory as generatedHistory } from '../../../domain/src/testing/volunteer-history.js';
import { type EventData, type RecordedEvent } from '@vl/event-store';

/** Ledger events for publisher tests and benchmarks: a volunteer's registration and confirmed sessions. */
export const FIXTURE_ACTIVITY: ActivitySnapshot = {
  activityId: 'act-1',
  organizationId: 'org-zz',
  organizationPath: ['org-zz'],
  title: '七彩课堂',
  category: 'education',
  startsAt: '2024-07-01T00:00:00.000Z',
  endsAt: '2024-07-31T12:00:00.000Z',
  maxMinutesPerVolunteer: null,
  autoConfirm: false,
};

export function eventData(event: LedgerEvent, at = '2024-07-01T08:00:00.000Z'): EventData {
  const encoded = encodeEvent(event, {
    occurredAt: at,
    recordedAt: at,
    actor: 'fixture',
    correlationId: randomUUID(),
  });
  return { id: randomUUID(), ...encoded };
}

export function registration(volunteerId: string): EventData {
  return eventData({
    type: 'VolunteerRegistered',
    data: {
      volunteerId,
      organizationId: 'org-zz',
      organizationPath: ['org-zz'],
      schoolId: null,
      leagueStatus: 'none',
      minorAtRegistration: false,
    },
  });
}

/** Check-in, check-out and confirmation of one session of `minutes`, on day `day` (1-28) of July 2024. */
export function confirmedSession(
  volunteerId: string,
  sessionId: string,
  minutes: number,
  day = 1,
): EventData[] {
  const start = new Date(Date.UTC(2024, 6, day, 1, 0));
  const end = new Date(start.getTime() + minutes * 60_000);
  return [
    eventData(
      {
        type: 'VolunteerCheckedIn',
        data: {
          sessionId,
          volunteerId,
          activity: FIXTURE_ACTIVITY,
          checkedInAt: start.toISOString(),
          method: 'qr',
        },
      },
      start.toISOString(),
    ),
    eventData(
      {
        type: 'VolunteerCheckedOut',
        data: {
          sessionId,
          volunteerId,
          checkedOutAt: end.toISOString(),
          serviceStart: start.toISOString(),
          serviceEnd: end.toISOString(),
          measuredMinutes: minutes,
        },
      },
      end.toISOString(),
    ),
    eventData(
      {
        type: 'SessionConfirmed',
        data: { sessionId, volunteerId, minutes, measuredMinutes: minutes, automatic: false },
      },
      end.toISOString(),
    ),
  ];
}

/** A volunteer's whole stream: registration, then `sessions` confirmed sessions of 30, 40, 50… minutes. */
export function volunteerHistory(volunteerId: string, sessions: number): EventData[] {
  const events = [registration(volunteerId)];
  for (let i = 0; i < sessions; i += 1) {
    events.push(...confirmedSession(volunteerId, `${volunteerId}-s${i}`, 30 + 10 * i, 1 + (i % 28)));
  }
  return events;
}

/** The confirmed minutes `volunteerHistory(id, sessions)` adds up to. */
export function historyMinutes(sessions: number): number {
  let total = 0;
  for (let i = 0; i < sessions; i += 1) total += 30 + 10 * i;
  return total;
}

/**
 * Volunteer v-1's generated history of every kind of session event, consents and awards, as stored, each
 * event recorded at `at`: the long histories planning is measured against.
 */
export function storedGeneratedHistory(sessions: number, at = '2020-01-01T00:00:00.000Z'): RecordedEvent[] {
  return recordAll([
    [volunteerStream('v-1'), generatedHistory(sessions).map((event) => eventData(event, at))],
  ]);
}

/** Stores events as an event store would, for unit tests without one. */
export function recordAll(
  streams: ReadonlyArray<readonly [string, readonly EventData[]]>,
  firstPosition = 1,
): RecordedEvent[] {
  const recorded: RecordedEvent[] = [];
  let position = firstPosition;
  for (const [streamName, events] of streams) {
    events.forEach((event, revision) => {
      recorded.push({
        ...event,
        streamName,
        revision,
        position,
        createdAt: new Date('2024-07-01T09:00:00.000Z'),
      });
      position += 1;
    });
  }
  return recorded;
}

/** A correction of a confirmed session, learned of at `at`. */
export function correction(
  volunteerId: string,
  sessionId: string,
  minutes: number,
  previousMinutes: number,
  at: string,
): EventData {
  return eventData(
    {
      type: 'SessionCorrected',
      data: { sessionId, volunteerId, minutes, previousMinutes, reason: 'left early' },
    },
    at,
  );
}

/** A revocation of a session, learned of at `at`. */
export function revocation(
  volunteerId: string,
  sessionId: string,
  revokedMinutes: number,
  at: string,
): EventData {
  return eventData(
    {
      type: 'SessionRevoked',
      data: { sessionId, volunteerId, reason: 'duplicate sheet', revokedMinutes },
    },
    at,
  );
}

/** A certificate of the given confirmed sessions, as the API issues it into `certificate-{id}`. */
export function certificateIssued(
  volunteerId: string,
  certificateId: string,
  sessions: readonly { readonly sessionId: string; readonly minutes: number }[],
  at = '2024-08-01T02:00:00.000Z',
): EventData {
  const totalMinutes = sessions.reduce((sum, session) => sum + session.minutes, 0);
  const organization = { id: FIXTURE_ACTIVITY.organizationId, name: '株洲市团委' };
  return eventData(
    {
      type: 'CertificateIssued',
      data: {
        certificateId,
        volunteerId,
        code: `CODE-${certificateId}`,
        keyId: 'key-1',
        signedForm: 'header.payload.signature',
        content: {
          number: `No. ${certificateId}`,
          code: `CODE-${certificateId}`,
          volunteer: {
            id: volunteerId,
            name: `Volunteer ${volunteerId}`,
            maskedName: 'V*',
            volunteerNumber: volunteerId,
          },
          period: { from: '2024-07-01', to: '2024-07-31' },
          totalMinutes,
          totalHours: totalMinutes / 60,
          activities: [
            {
              activityId: FIXTURE_ACTIVITY.activityId,
              title: FIXTURE_ACTIVITY.title,
              category: FIXTURE_ACTIVITY.category,
              organization,
              dates: ['2024-07-01'],
              minutes: totalMinutes,
            },
          ],
          issuingOrganizations: [organization],
          issuedAt: at,
          issuedOn: at.slice(0, 10),
          issuer: { organizationId: organization.id, name: organization.name },
        },
        sessions: sessions.map((session) => ({
          sessionId: session.sessionId,
          activityId: FIXTURE_ACTIVITY.activityId,
          serviceDate: '2024-07-01',
          minutes: session.minutes,
        })),
      },
    },
    at,
  );
}
