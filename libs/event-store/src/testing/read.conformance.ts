import {
  type ConformanceContext,
  newEvent,
  newEvents,
  readAllAfter,
  uniqueStream,
} from './conformance-fixtures.js';

export function describeReadConformance({ store }: ConformanceContext): void {
  describe('reads', () => {
    it('records every field of an event as appended', async () => {
      const stream = uniqueStream();
      const sent = newEvent({
        text: "Zoë 志愿者 ✓ '; drop table x; --",
        nested: { list: [1, 'two', null] },
        minutes: 90,
      });
      const before = Date.now();
      const result = await store().append(stream, [sent], 'no_stream');
      const [recorded] = await store().readStream(stream);
      expect(recorded).toMatchObject({
        id: sent.id,
        type: sent.type,
        data: sent.data,
        metadata: sent.metadata,
        streamName: stream,
        revision: 0,
        position: result.position,
      });
      expect(recorded?.createdAt).toBeInstanceOf(Date);
      expect(Math.abs((recorded?.createdAt.getTime() ?? 0) - before)).toBeLessThan(60_000);
    });

    it('reads a stream from a revision, at most maxCount events, and nothing for a missing stream', async () => {
      const stream = uniqueStream();
      const events = newEvents(6);
      await store().append(stream, events, 'no_stream');
      const tail = await store().readStream(stream, { fromRevision: 2 });
      expect(tail.map((event) => event.id)).toEqual(events.slice(2).map((event) => event.id));
      const middle = await store().readStream(stream, { fromRevision: 1, maxCount: 3 });
      expect(middle.map((event) => event.revision)).toEqual([1, 2, 3]);
      expect(await store().readStream(stream, { fromRevision: 6 })).toEqual([]);
      expect(await store().readStream(uniqueStream())).toEqual([]);
    });

    it('answers reads made at once each with its own stream from its own revision, as reads one by one do', async () => {
      const a = uniqueStream();
      const b = uniqueStream();
      const eventsOfA = newEvents(5);
      const eventsOfB = newEvents(3);
      await store().append(a, eventsOfA, 'no_stream');
      await store().append(b, eventsOfB, 'no_stream');
      const asked = [
        { stream: a, fromRevision: 0 },
        { stream: b, fromRevision: 1 },
        { stream: a, fromRevision: 3 },
        { stream: uniqueStream(), fromRevision: 0 },
        { stream: a, fromRevision: 5 },
        { stream: b, fromRevision: 0 },
      ];
      const atOnce = await Promise.all(
        asked.map(({ stream, fromRevision }) => store().readStream(stream, { fromRevision })),
      );
      const oneByOne = [];
      for (const { stream, fromRevision } of asked)
        oneByOne.push(await store().readStream(stream, { fromRevision }));
      expect(atOnce).toEqual(oneByOne);
      // The same read asked twice at once answers both callers, each with an array of its own.
      const [first, second] = await Promise.all([store().readStream(a), store().readStream(a)]);
      expect(first.map((event) => event.id)).toEqual(eventsOfA.map((event) => event.id));
      expect(second).toEqual(first);
      expect(second).not.toBe(first);
      expect(atOnce.map((events) => events.map((event) => event.id))).toEqual([
        eventsOfA.map((event) => event.id),
        eventsOfB.slice(1).map((event) => event.id),
        eventsOfA.slice(3).map((event) => event.id),
        [],
        [],
        eventsOfB.map((event) => event.id),
      ]);
      // A read made after an append resolved sees it, whatever reads it is grouped with.
      const more = newEvents(2);
      const [appended, ...after] = await Promise.all([
        store().append(b, more, 2),
        store().readStream(a, { fromRevision: 4 }),
      ]);
      expect(appended.nextExpectedRevision).toBe(4);
      expect(after[0]?.map((event) => event.revision)).toEqual([4]);
      const [ofB] = await Promise.all([store().readStream(b, { fromRevision: 3 }), store().readStream(a)]);
      expect(ofB.map((event) => event.id)).toEqual(more.map((event) => event.id));
    });

    it('reads all streams in global order, paging with an exclusive fromPosition', async () => {
      const from = await store().headPosition();
      const a = uniqueStream();
      const b = uniqueStream();
      const sent = [newEvents(3), newEvents(2), newEvents(2)];
      await store().append(a, sent[0]!, 'no_stream');
      await store().append(b, sent[1]!, 'no_stream');
      await store().append(a, sent[2]!, 2);

      const all = await store().readAll({ fromPosition: from, maxCount: 100 });
      expect(all.map((event) => event.id)).toEqual(sent.flat().map((event) => event.id));
      const positions = all.map((event) => event.position);
      positions.slice(1).forEach((position, index) => expect(position).toBeGreaterThan(positions[index]!));

      const pages = [];
      let cursor = from;
      for (;;) {
        const page = await store().readAll({ fromPosition: cursor, maxCount: 3 });
        if (page.length === 0) break;
        expect(page.length).toBeLessThanOrEqual(3);
        pages.push(...page);
        cursor = page[page.length - 1]!.position;
      }
      expect(pages).toEqual(all);

      const third = all[2]!;
      const afterThird = await store().readAll({ fromPosition: third.position, maxCount: 2 });
      expect(afterThird.map((event) => event.id)).toEqual([all[3]!.id, all[4]!.id]);
      expect(await readAllAfter(store(), from, 2)).toEqual(all);
    });

    it('reports the head position: the last committed event, growing with appends', async () => {
      const before = await store().headPosition();
      const result = await store().append(uniqueStream(), newEvents(2), 'no_stream');
      const head = await store().headPosition();
      expect(head).toBe(result.position);
      expect(head).toBeGreaterThan(before);
      const [last] = await store()
        .readAll({ fromPosition: before, maxCount: 10 })
        .then((events) => events.slice(-1));
      expect(last?.position).toBe(head);
      expect(await store().readAll({ fromPosition: head, maxCount: 10 })).toEqual([]);
    });
  });
}
