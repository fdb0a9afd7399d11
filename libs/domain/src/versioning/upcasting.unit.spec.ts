import { createUpcasterRegistry, defineUpcaster } from './upcasting.js';
import { upcast } from './ledger-upcasters.js';

// A test-only event whose shape changed twice: v1 had no method, v3 renamed `at` to `checkedInAt`.
interface DoorCheckedInV1 {
  sessionId: string;
  at: string;
}
interface DoorCheckedInV2 extends DoorCheckedInV1 {
  method: 'qr' | 'geo' | 'organizer';
}
interface DoorCheckedIn {
  sessionId: string;
  checkedInAt: string;
  method: 'qr' | 'geo' | 'organizer';
}

const addMethod = defineUpcaster<DoorCheckedInV1, DoorCheckedInV2>('DoorCheckedIn', 1, (data) => ({
  ...data,
  // Before v2 only organisers checked volunteers in.
  method: 'organizer',
}));
const renameAt = defineUpcaster<DoorCheckedInV2, DoorCheckedIn>('DoorCheckedIn', 2, ({ at, ...rest }) => ({
  ...rest,
  checkedInAt: at,
}));
const registry = createUpcasterRegistry({ DoorCheckedIn: 3, DoorOpened: 1 }, [renameAt, addMethod]);

describe('upcasting', () => {
  it('brings a v1 event to the current shape, step by step', () => {
    expect(registry.upcast('DoorCheckedIn', 1, { sessionId: 's-1', at: '2024-07-01T01:00:00.000Z' })).toEqual(
      {
        schemaVersion: 3,
        data: { sessionId: 's-1', checkedInAt: '2024-07-01T01:00:00.000Z', method: 'organizer' },
      },
    );
  });

  it('starts from the stored version', () => {
    expect(registry.upcast('DoorCheckedIn', 2, { sessionId: 's-1', at: 'x', method: 'qr' }).data).toEqual({
      sessionId: 's-1',
      checkedInAt: 'x',
      method: 'qr',
    });
  });

  it('leaves current events as they are', () => {
    const data = { sessionId: 's-1', checkedInAt: 'x', method: 'geo' };
    expect(registry.upcast('DoorCheckedIn', 3, data)).toEqual({ schemaVersion: 3, data });
    expect(registry.upcast('DoorOpened', 1, { door: 'a' })).toEqual({
      schemaVersion: 1,
      data: { door: 'a' },
    });
  });

  it('refuses versions newer than the build and unknown types', () => {
    expect(() => registry.upcast('DoorCheckedIn', 4, {})).toThrow(/not a version this build understands/);
    expect(() => registry.upcast('DoorCheckedIn', 0, {})).toThrow(/not a version this build understands/);
    expect(() => registry.upcast('WindowOpened', 1, {})).toThrow(/Unknown event type/);
  });

  it('refuses at construction a missing, duplicated or misplaced step', () => {
    expect(() => createUpcasterRegistry({ DoorCheckedIn: 3 }, [addMethod])).toThrow(
      /No upcaster for DoorCheckedIn@v2/,
    );
    expect(() => createUpcasterRegistry({ DoorCheckedIn: 2 }, [addMethod, addMethod])).toThrow(
      /Two upcasters/,
    );
    expect(() => createUpcasterRegistry({ DoorCheckedIn: 2 }, [addMethod, renameAt])).toThrow(/outside/);
    expect(() => createUpcasterRegistry({}, [addMethod])).toThrow(/unknown event type/);
  });
});

describe('ledger upcasters', () => {
  it('pass every current ledger event through unchanged while all are at v1', () => {
    const data = { sessionId: 's-1', volunteerId: 'v-1', reason: 'absent' };
    expect(upcast('SessionRejected', 1, data)).toEqual({ schemaVersion: 1, data });
  });
});
