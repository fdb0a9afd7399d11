import { evolveAll, type Decider } from '../decider.js';
import { DomainError, type DomainErrorCode } from '../shared/errors.js';

/** Raised when a specification's expectation does not hold; the message shows both sides. */
export class DeciderSpecificationError extends Error {
  override readonly name = 'DeciderSpecificationError';
}

export interface DeciderThen<Event> {
  /** The command emits exactly these events, in this order. */
  then(expected: readonly Event[]): void;
  /** The command is refused with this code (and, when given, this request field). */
  thenThrows(code: DomainErrorCode, field?: string): void;
}

export interface DeciderWhen<Command, Event> {
  when(command: Command): DeciderThen<Event>;
}

export interface DeciderSpecification<Command, Event> {
  given(events: readonly Event[]): DeciderWhen<Command, Event>;
}

/**
 * given(history).when(command).then(events) for a decider. Framework-neutral, so projections and other
 * libraries can reuse it: it throws a DeciderSpecificationError, which any test runner reports.
 */
export function deciderSpecification<Command, Event, State>(
  decider: Decider<Command, Event, State>,
): DeciderSpecification<Command, Event> {
  return {
    given: (history) => ({
      when: (command) => {
        const run = (): Event[] => decider.decide(command, evolveAll(decider, history));
        return {
          then(expected) {
            const actual = run();
            if (!deepEqual(actual, expected)) {
              throw new DeciderSpecificationError(
                `expected events ${show(expected)}\nbut got ${show(actual)}`,
              );
            }
            // The emitted events must fold too, or the next command on this stream would fail to load.
            evolveAll(decider, [...history, ...actual]);
          },
          thenThrows(code, field) {
            let actual: Event[];
            try {
              actual = run();
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
              if (error.code !== code || (field !== undefined && error.field !== field)) {
                throw new DeciderSpecificationError(
                  `expected ${describe(code, field)}\nbut got ${describe(error.code, error.field)}: ${error.message}`,
                );
              }
              return;
            }
            throw new DeciderSpecificationError(
              `expected ${describe(code, field)}\nbut got events ${show(actual)}`,
            );
          },
        };
      },
    }),
  };
}

function describe(code: string, field: string | undefined): string {
  return field === undefined ? code : `${code} on field "${field}"`;
}

function show(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Structural equality of JSON-like values; a key holding undefined counts as absent. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => deepEqual(left[key], right[key]));
}
