import { ChangeSignal, changeSignalFor } from './change-signal.js';

describe('ChangeSignal', () => {
  it('returns at once when a change came in after the version the waiter saw', async () => {
    const signal = new ChangeSignal();
    const seen = signal.current;
    signal.notify();
    const started = Date.now();
    await signal.wait(seen, 10_000, new AbortController().signal);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('wakes every waiter on notify', async () => {
    const signal = new ChangeSignal();
    const cancel = new AbortController().signal;
    const waiting = [
      signal.wait(signal.current, 10_000, cancel),
      signal.wait(signal.current, 10_000, cancel),
    ];
    signal.notify();
    await expect(Promise.all(waiting)).resolves.toEqual([undefined, undefined]);
  });

  it('gives up after the polling interval', async () => {
    const signal = new ChangeSignal();
    const started = Date.now();
    await signal.wait(signal.current, 50, new AbortController().signal);
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });

  it('wakes when cancelled', async () => {
    const signal = new ChangeSignal();
    const cancel = new AbortController();
    const waiting = signal.wait(signal.current, 10_000, cancel.signal);
    cancel.abort();
    await expect(waiting).resolves.toBeUndefined();
  });

  it('is shared by everything using the same owner', () => {
    const owner = {};
    expect(changeSignalFor(owner)).toBe(changeSignalFor(owner));
    expect(changeSignalFor(owner)).not.toBe(changeSignalFor({}));
  });
});
