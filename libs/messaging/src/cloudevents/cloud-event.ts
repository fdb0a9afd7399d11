import { type IHeaders, type Message } from 'kafkajs';
import { emptyDictionary } from '@vl/domain';

/**
 * CloudEvents 1.0 in the Kafka protocol binding's binary mode: attributes travel as `ce_`-prefixed headers,
 * the data is the message value, and its media type is the `content-type` header.
 */
export const CLOUDEVENTS_SPEC_VERSION = '1.0';
export const JSON_CONTENT_TYPE = 'application/json';

export interface CloudEvent<Data> {
  readonly specversion: typeof CLOUDEVENTS_SPEC_VERSION;
  /** Unique per source; a repeat delivery carries the same id, so consumers de-duplicate on it. */
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly subject?: string;
  /** ISO 8601 timestamp of the occurrence. */
  readonly time: string;
  readonly datacontenttype: typeof JSON_CONTENT_TYPE;
  /** Extension attributes, e.g. `position`; names are lower-case letters and digits. */
  readonly extensions: Readonly<Record<string, string>>;
  readonly data: Data;
}

export type CloudEventInput<Data> = Omit<
  CloudEvent<Data>,
  'specversion' | 'datacontenttype' | 'extensions'
> & {
  readonly extensions?: Readonly<Record<string, string | number>>;
};

/** What kafkajs sends: the key decides the partition, so a volunteer's messages keep their order. */
export interface KafkaRecord extends Message {
  readonly key: string;
  readonly value: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** What a consumer receives, loosely typed as kafkajs hands it over. */
export interface ReceivedRecord {
  readonly key: Buffer | string | null;
  readonly value: Buffer | string | null;
  readonly headers?: IHeaders;
}

const EXTENSION_NAME = /^[a-z0-9]{1,20}$/;
const RESERVED = new Set([
  'specversion',
  'id',
  'type',
  'source',
  'subject',
  'time',
  'datacontenttype',
  'data',
]);

export class CloudEventFormatError extends Error {
  override readonly name = 'CloudEventFormatError';
}

export function toKafkaRecord<Data>(key: string, event: CloudEventInput<Data>): KafkaRecord {
  const headers: Record<string, string> = {
    ce_specversion: CLOUDEVENTS_SPEC_VERSION,
    ce_id: event.id,
    ce_type: event.type,
    ce_source: event.source,
    ce_time: event.time,
    'content-type': JSON_CONTENT_TYPE,
  };
  if (event.subject !== undefined) headers.ce_subject = event.subject;
  for (const [name, value] of Object.entries(event.extensions ?? {})) {
    headers[extensionHeader(name)] = String(value);
  }
  return { key, value: JSON.stringify(event.data), headers };
}

/** Header names of the extension attributes checked so far: a handful, each used on every message. */
const extensionHeaders = new Map<string, string>();

function extensionHeader(name: string): string {
  const known = extensionHeaders.get(name);
  if (known !== undefined) return known;
  if (!EXTENSION_NAME.test(name) || RESERVED.has(name)) {
    throw new CloudEventFormatError(`"${name}" is not a valid CloudEvents extension attribute name`);
  }
  const header = `ce_${name}`;
  if (extensionHeaders.size < 1000) extensionHeaders.set(name, header);
  return header;
}

/** Reads a binary-mode CloudEvent; the caller names the payload type it expects for the topic. */
export function fromKafkaRecord<Data>(record: ReceivedRecord): CloudEvent<Data> {
  const headers = decodeHeaders(record.headers);
  const required = (name: string): string => {
    const value = headers[`ce_${name}`];
    if (value === undefined || value === '') throw new CloudEventFormatError(`header ce_${name} is missing`);
    return value;
  };
  if (required('specversion') !== CLOUDEVENTS_SPEC_VERSION) {
    throw new CloudEventFormatError(`unsupported ce_specversion ${String(headers.ce_specversion)}`);
  }
  const contentType = headers['content-type'] ?? JSON_CONTENT_TYPE;
  if (!contentType.startsWith(JSON_CONTENT_TYPE)) {
    throw new CloudEventFormatError(`unsupported content-type ${contentType}`);
  }
  if (record.value === null) throw new CloudEventFormatError('message has no value');
  const extensions = emptyDictionary<string>();
  for (const [name, value] of Object.entries(headers)) {
    const attribute = name.startsWith('ce_') ? name.slice(3) : undefined;
    if (attribute !== undefined && !RESERVED.has(attribute)) extensions[attribute] = value;
  }
  const subject = headers.ce_subject;
  return {
    specversion: CLOUDEVENTS_SPEC_VERSION,
    id: required('id'),
    type: required('type'),
    source: required('source'),
    ...(subject === undefined ? {} : { subject }),
    time: required('time'),
    datacontenttype: JSON_CONTENT_TYPE,
    extensions,
    data: JSON.parse(record.value.toString()) as Data,
  };
}

/** kafkajs hands header values over as Buffers (or arrays of them when a header repeats: the first wins). */
export function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  // Header names come from whoever produced the message: no prototype to reach through them.
  const decoded = emptyDictionary<string>();
  for (const [name, raw] of Object.entries(headers ?? {})) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined) decoded[name] = value.toString();
  }
  return decoded;
}
