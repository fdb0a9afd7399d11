import { randomUUID } from 'node:crypto';
import { DuplicateEventIdError, type EventData } from '../event-store.port.js';
import { toAppendRequest } from './append-request.js';

function event(overrides: Partial<EventData> = {}): EventData {
  return { id: randomUUID(), type: 'VolunteerCheckedIn', data: { minutes: 30 }, metadata: {}, ...overrides };
}

describe('toAppendRequest', () => {
  it('serialises the append as es_append expects it', () => {
    const sent = event();
    const request = toAppendRequest('volunteer-1', [sent], 4);
    expect(request).toMatchObject({ stream: 'volunteer-1', expected: 4, weight: 1 });
    expect(JSON.parse(request.json)).toEqual({ s: 'volunteer-1', x: '4', e: [sent] });
  });

  it.each([
    ['an id that is not a UUID', [event({ id: 'not-a-uuid' })], 'any'],
    ['an empty type', [event({ type: '' })], 'any'],
    ['data that is not an object', [event({ data: [] as unknown as Record<string, unknown> })], 'any'],
    ['a negative revision', [event()], -1],
    ['a fractional revision', [event()], 1.5],
  ] as const)('refuses %s before it reaches the database', (_, events, expected) => {
    expect(() => toAppendRequest('volunteer-1', events, expected)).toThrow(TypeError);
  });

  it('refuses one id twice in the same append', () => {
    const sent = event();
    expect(() =>
      toAppendRequest('volunteer-1', [sent, { ...sent, id: sent.id.toUpperCase() }], 'any'),
    ).toThrow(DuplicateEventIdError);
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => toAppendRequest('volunteer-1', [event({ data: { big: 1n } })], 'any')).toThrow(TypeError);
  });
});
