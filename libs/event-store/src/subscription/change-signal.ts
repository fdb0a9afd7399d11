/**
 * Wakes waiting subscriptions when something may have been appended. A version counter makes the
 * check-then-wait race harmless: a waiter passes the version it saw before reading, and returns at once
 * if a change came in meanwhile.
 */
export class ChangeSignal {
  private version = 0;
  private readonly waiters = new Set<() => void>();

  get current(): number {
    return this.version;
  }

  notify(): void {
    this.version += 1;
    for (const wake of [...this.waiters]) wake();
  }

  /** Resolves on a change after `seen`, after timeoutMs (the polling fallback), or when `cancel` aborts. */
  wait(seen: number, timeoutMs: number, cancel: AbortSignal): Promise<void> {
    if (this.version !== seen || cancel.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        cancel.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
      cancel.addEventListener('abort', done, { once: true });
    });
  }
}

const signals = new WeakMap<object, ChangeSignal>();

/** One signal per database client, so every store on it wakes on appends made through any of them. */
export function changeSignalFor(owner: object): ChangeSignal {
  let signal = signals.get(owner);
  if (!signal) {
    signal = new ChangeSignal();
    signals.set(owner, signal);
  }
  return signal;
}
