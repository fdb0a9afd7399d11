import { CloudEventFormatError, fromKafkaRecord, toKafkaRecord } from './cloud-event.js';

const input = {
  id: 'e-1',
  type: 'SessionConfirmed',
  source: '/volunteer-ledger/volunteer-v1',
  subject: 'v1',
  time: '2024-07-01T08:00:00.000Z',
  extensions: { position: 42, correlationid: 'c-1' },
  data: { sessionId: 's1', minutes: 30 },
};

describe('CloudEvents binary mode', () => {
  it('puts the attributes in ce_ headers, the data in the value and the key as given', () => {
    const record = toKafkaRecord('v1', input);
    expect(record.key).toBe('v1');
    expect(JSON.parse(record.value)).toEqual({ sessionId: 's1', minutes: 30 });
    expect(record.headers).toEqual({
      ce_specversion: '1.0',
      ce_id: 'e-1',
      ce_type: 'SessionConfirmed',
      ce_source: '/volunteer-ledger/volunteer-v1',
      ce_subject: 'v1',
      ce_time: '2024-07-01T08:00:00.000Z',
      ce_position: '42',
      ce_correlationid: 'c-1',
      'content-type': 'application/json',
    });
  });

  it('reads back what it wrote from the Buffers a consumer receives', () => {
    const record = toKafkaRecord('v1', input);
    const headers = Object.fromEntries(Object.entries(record.headers).map(([k, v]) => [k, Buffer.from(v)]));
    const event = fromKafkaRecord<{ minutes: number }>({
      key: Buffer.from('v1'),
      value: Buffer.from(record.value),
      headers,
    });
    expect(event).toEqual({
      specversion: '1.0',
      id: 'e-1',
      type: 'SessionConfirmed',
      source: '/volunteer-ledger/volunteer-v1',
      subject: 'v1',
      time: '2024-07-01T08:00:00.000Z',
      datacontenttype: 'application/json',
      extensions: { position: '42', correlationid: 'c-1' },
      data: { sessionId: 's1', minutes: 30 },
    });
  });

  it('leaves ce_subject out when there is no subject', () => {
    const { subject: _subject, ...withoutSubject } = input;
    expect(toKafkaRecord('k', withoutSubject).headers).not.toHaveProperty('ce_subject');
  });

  it('refuses extension names the spec does not allow', () => {
    expect(() => toKafkaRecord('k', { ...input, extensions: { Position: 1 } })).toThrow(
      CloudEventFormatError,
    );
    expect(() => toKafkaRecord('k', { ...input, extensions: { stream_revision: 1 } })).toThrow(
      CloudEventFormatError,
    );
    expect(() => toKafkaRecord('k', { ...input, extensions: { time: 1 } })).toThrow(CloudEventFormatError);
  });

  it('refuses a message without the required attributes or of another spec version', () => {
    const record = toKafkaRecord('k', input);
    const { ce_id: _id, ...withoutId } = record.headers;
    expect(() => fromKafkaRecord({ key: 'k', value: record.value, headers: withoutId })).toThrow('ce_id');
    expect(() =>
      fromKafkaRecord({
        key: 'k',
        value: record.value,
        headers: { ...record.headers, ce_specversion: '0.3' },
      }),
    ).toThrow('ce_specversion');
    expect(() => fromKafkaRecord({ key: 'k', value: null, headers: record.headers })).toThrow('no value');
  });
});
