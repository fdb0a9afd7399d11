import { type SqlClient } from '@vl/sql';
import { readCheckpoint } from '../projector.js';

export class ReadModelBehindError extends Error {
  override readonly name = 'ReadModelBehindError';

  constructor(
    readonly minPosition: number,
    readonly position: number,
  ) {
    super(`The read model is at position ${position}, behind the requested ${minPosition}`);
  }
}

/** Lets a client read its own writes: waits, bounded, until the projector has reached a position. */
export class ReadModelStatus {
  constructor(
    private readonly sql: SqlClient,
    private readonly pollMs = 10,
  ) {}

  position(): Promise<number> {
    return readCheckpoint(this.sql);
  }

  async waitFor(minPosition: number, timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const position = await this.position();
      if (position >= minPosition) return position;
      if (Date.now() >= deadline) throw new ReadModelBehindError(minPosition, position);
      await new Promise((resolve) => setTimeout(resolve, this.pollMs));
    }
  }
}
