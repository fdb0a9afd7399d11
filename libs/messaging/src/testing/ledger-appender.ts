import { type EventData, type EventStore } from '@vl/event-store';

/**
 * Appends several streams' events round-robin, one event per stream per round, each with the revision it
 * expects, so global order interleaves volunteers the way concurrent check-ins do.
 */
export async function appendInterleaved(
  store: EventStore,
  streams: ReadonlyMap<string, readonly EventData[]>,
  revisions: Map<string, number> = new Map(),
): Promise<number> {
  let head = 0;
  const longest = Math.max(0, ...[...streams.values()].map((events) => events.length));
  for (let round = 0; round < longest; round += 1) {
    for (const [stream, events] of streams) {
      const event = events[round];
      if (!event) continue;
      const revision = revisions.get(stream);
      const result = await store.append(stream, [event], revision === undefined ? 'no_stream' : revision);
      revisions.set(stream, result.nextExpectedRevision);
      head = Math.max(head, result.position);
    }
  }
  return head;
}
