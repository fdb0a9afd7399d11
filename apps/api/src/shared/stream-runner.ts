import { Inject, Injectable } from '@nestjs/common';
import { decodeEvent, encodeEvent, type LedgerEvent } from '@vl/domain';
import { type EventStore, type RecordedEvent, WrongExpectedRevisionError } from '@vl/event-store';
import { EVENT_STORE, PROJECTOR_NUDGE } from '@vl/platform';
import { type CommandContext } from './command-context.js';
import { eventIdFactory } from './deterministic-id.js';

export interface StreamCommand<State, Result> {
  readonly stream: string;
  readonly initialState: State;
  readonly evolve: (state: State, event: LedgerEvent) => State;
  /** Folds the whole stream at once where evolving event by event would cost more (a volunteer's stream). */
  readonly fold?: Fold<State>;
  /** Decides on the current state; throws a DomainError when a rule refuses. */
  readonly decide: (state: State) => LedgerEvent[];
  /** The answer, from the events this command appended (now or on an earlier try) and the last position. */
  readonly respond: (events: LedgerEvent[], position: number) => Result;
  /** When the fact happened in the world; defaults to the request time. */
  readonly occurredAt?: string;
}

export type Fold<State> = (state: State, events: readonly LedgerEvent[]) => State;

const MAX_ATTEMPTS = 5;

/**
 * Load, decide, append with the revision decided on; on a concurrent change, decide again on the new state.
 * A command retried with the same idempotency key finds its own events and answers as it did the first time.
 */
@Injectable()
export class StreamRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTOR_NUDGE) private readonly nudge: () => void,
  ) {}

  /** Folds a stream into state, to read another boundary's facts (a parent, an activity) before deciding. */
  async load<State>(
    stream: string,
    initialState: State,
    evolve: (state: State, event: LedgerEvent) => State,
    fold?: Fold<State>,
  ): Promise<State> {
    return foldRecorded(await this.store.readStream(stream), initialState, evolve, fold);
  }

  async run<State, Result>(context: CommandContext, command: StreamCommand<State, Result>): Promise<Result> {
    const idFor = eventIdFactory(context.idempotencySeed);
    let lastError: unknown;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const recorded = await this.store.readStream(command.stream);
      const replay = context.idempotencySeed === undefined ? undefined : findApplied(recorded, idFor);
      if (replay) return command.respond(replay.events, replay.position);
      const state = foldRecorded(recorded, command.initialState, command.evolve, command.fold);
      const events = command.decide(state);
      const last = recorded[recorded.length - 1];
      if (events.length === 0) return command.respond([], last?.position ?? 0);
      const recordedAt = new Date().toISOString();
      const occurredAt = command.occurredAt ?? context.now.toISOString();
      try {
        const result = await this.store.append(
          command.stream,
          events.map((event, index) => ({
            id: idFor(index),
            ...encodeEvent(event, {
              occurredAt,
              recordedAt,
              actor: context.actor.sub,
              correlationId: context.correlationId,
            }),
          })),
          last ? last.revision : 'no_stream',
        );
        this.nudge();
        return command.respond(events, result.position);
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        lastError = error;
      }
    }
    throw lastError;
  }
}

function foldRecorded<State>(
  recorded: readonly RecordedEvent[],
  initialState: State,
  evolve: (state: State, event: LedgerEvent) => State,
  fold: Fold<State> | undefined,
): State {
  const events: LedgerEvent[] = [];
  for (const stored of recorded) {
    const decoded = decodeEvent(stored);
    if (decoded) events.push(decoded.event);
  }
  return fold ? fold(initialState, events) : events.reduce(evolve, initialState);
}

function findApplied(
  recorded: readonly RecordedEvent[],
  idFor: (index: number) => string,
): { events: LedgerEvent[]; position: number } | undefined {
  const start = recorded.findIndex((event) => event.id === idFor(0));
  if (start < 0) return undefined;
  const events: LedgerEvent[] = [];
  let position = 0;
  for (let index = 0; start + index < recorded.length; index += 1) {
    const stored = recorded[start + index];
    if (!stored || stored.id !== idFor(index)) break;
    const decoded = decodeEvent(stored);
    if (decoded) events.push(decoded.event);
    position = stored.position;
  }
  return { events, position };
}
