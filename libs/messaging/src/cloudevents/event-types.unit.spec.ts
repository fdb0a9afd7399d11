import { cloudEventType, eventNameOfType } from './event-types.js';

describe('CloudEvents type names', () => {
  it('are reverse-DNS names made from the event name and its schema version', () => {
    expect(cloudEventType('SessionConfirmed')).toBe('cn.org.youth.ledger.session.confirmed.v1');
    expect(cloudEventType('VolunteerCheckedIn', 2)).toBe('cn.org.youth.ledger.volunteer.checked-in.v2');
    expect(cloudEventType('VolunteerBalanceChanged')).toBe(
      'cn.org.youth.ledger.volunteer.balance-changed.v1',
    );
  });

  it('read back to the event name', () => {
    for (const name of ['SessionConfirmed', 'VolunteerCheckedIn', 'CertificateIssued', 'AwardGranted']) {
      expect(eventNameOfType(cloudEventType(name))).toBe(name);
    }
    expect(eventNameOfType('SessionConfirmed')).toBeUndefined();
  });

  it('refuse a name that is not PascalCase words', () => {
    expect(() => cloudEventType('confirmed')).toThrow();
    expect(() => cloudEventType('Session')).toThrow();
  });
});
