/**
 * CloudEvents `type` values are reverse-DNS names, as the specification recommends:
 * `cn.org.youth.ledger.{subject}.{what happened}.v{schema version}`, made from the event's own name, whose
 * first word is the thing it happened to: `SessionConfirmed` → `cn.org.youth.ledger.session.confirmed.v1`,
 * `VolunteerCheckedIn` → `cn.org.youth.ledger.volunteer.checked-in.v1`.
 */
export const CLOUDEVENT_TYPE_PREFIX = 'cn.org.youth.ledger';

/** Types already made, by event name and schema version: the publisher asks for the same few per message. */
const madeTypes = new Map<string, string>();

export function cloudEventType(eventName: string, schemaVersion = 1): string {
  const cacheKey = `${eventName}/${schemaVersion}`;
  const made = madeTypes.get(cacheKey);
  if (made !== undefined) return made;
  const type = makeType(eventName, schemaVersion);
  if (madeTypes.size < 1000) madeTypes.set(cacheKey, type);
  return type;
}

function makeType(eventName: string, schemaVersion: number): string {
  const words = eventName.match(/[A-Z][a-z0-9]*/g);
  if (!words || words.join('') !== eventName || words.length < 2) {
    throw new Error(`"${eventName}" is not a PascalCase event name of at least two words`);
  }
  const [subject, ...rest] = words.map((word) => word.toLowerCase());
  return `${CLOUDEVENT_TYPE_PREFIX}.${subject}.${rest.join('-')}.v${schemaVersion}`;
}

/** The event name back from a `type` value: `cn.org.youth.ledger.session.confirmed.v1` → `SessionConfirmed`. */
export function eventNameOfType(type: string): string | undefined {
  const match = /^cn\.org\.youth\.ledger\.([a-z0-9]+)\.([a-z0-9-]+)\.v\d+$/.exec(type);
  if (!match?.[1] || !match[2]) return undefined;
  const pascal = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
  return [match[1], ...match[2].split('-')].map(pascal).join('');
}
