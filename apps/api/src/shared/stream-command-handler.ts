import { Inject, Injectable, Optional } from '@nestjs/common';
import { decodeEvent, encodeEvent, type LedgerEvent } from '@vl/domain';
import {
  type AppendResult,
  type EventStore,
  type RecordedEvent,
  StaleReadError,
  type StreamRevision,
  WrongExpectedRevisionError,
} from '@vl/event-store';
import { EVENT_STORE, PROJECTOR_NUDGE } from '@vl/platform';
import { LRUCache } from 'lru-cache';
import { CLOCK, type Clock } from './clock.js';
import { type CommandContext } from './command-context.js';
import { eventIdFactory } from './deterministic-id.js';
import { LedgerMetrics } from '../platform/metrics/ledger-metrics.js';

/** A stream kind: how its stream is named, folded and decided on. */
export interface StreamKind<State, Command> {
  readonly streamOf: (id: string) => string;
  readonly initialState: State;
  /** Folds a whole stream at once, so a long history costs a command linear time. */
  readonly fold: (state: State, events: readonly LedgerEvent[]) => State;
  /** Throws a DomainError when a rule refuses. */
  readonly decide: (command: Command, state: State) => readonly LedgerEvent[];
  /**
   * For a kind whose states are worth folding in place (a volunteer's sessions): `fold` writes the records of
   * a state the handler keeps instead of copying them, and `detach` copies a kept state for anyone else.
   */
  readonly owned?: {
    readonly fold: (state: State, events: readonly LedgerEvent[]) => State;
    readonly detach: (state: State) => State;
  };
}

/** What a command appended (now, or on an earlier try with the same idempotency key) and the last position. */
export interface Handled {
  readonly events: readonly LedgerEvent[];
  readonly position: number;
}

/** Facts read from other streams for a decision, with the revisions of the streams they were read from. */
export interface ReadFacts<Facts> {
  readonly facts: Facts;
  readonly reads: readonly StreamRevision[];
}

export interface HandleOptions<Facts = undefined> {
  /** When the fact happened in the world; defaults to the time the command is handled. */
  readonly occurredAt?: string;
  /**
   * Reads facts from other streams that the command is built on (such as an organisation's posting days).
   * On a store that checks an append's reads, the first try may answer from states this process keeps
   * (`fresh` false): the append then goes through only if none of those streams moved on since, and is
   * otherwise decided again on facts read from the store. Every other call reads from the store.
   */
  readonly facts?: (fresh: boolean) => Promise<ReadFacts<Facts>>;
  /**
   * Runs once the command is decided and before its events are appended (again on a retry after a
   * concurrent change): a write kept apart from the events, such as personal data, lands only for a
   * command the decider accepted, and before anything refers to it.
   */
  readonly beforeAppend?: (events: readonly LedgerEvent[]) => Promise<void>;
}

type StoredEvent = Pick<RecordedEvent, 'id' | 'type' | 'data' | 'metadata' | 'revision'>;

const MAX_ATTEMPTS = 5;
/** Events' worth of folded states kept per stream kind; a stream past it is folded from its start again. */
const FOLDED_EVENTS_BUDGET = 200_000;

/**
 * A stream folded up to a revision, kept so the next command reads only the events after it. The entry is
 * folded on where it stands: its state, revision and position change together, in one step with no await
 * in it, so whoever reads them together without awaiting in between reads a state and its revision.
 */
interface Folded<State> {
  state: State;
  /** The revision of the last event folded in, -1 when the stream had none. */
  revision: number;
  position: number;
  /**
   * The ids of the stream's events known to be stored: it only grows, so a command retried with its
   * idempotency key always learns that its events may be there.
   */
  readonly ids: Set<string>;
}

const unfolded = <State>(state: State): Folded<State> => ({
  state,
  revision: -1,
  position: 0,
  ids: new Set(),
});

/**
 * One command handler per stream kind: load, decide, append with the revision decided on; on a concurrent
 * change, decide again on the new state. A command retried with the same idempotency key finds its own
 * events and answers as it did the first time.
 */
@Injectable()
export abstract class StreamCommandHandler<State, Command> {
  @Optional() @Inject(LedgerMetrics) private readonly metrics?: LedgerMetrics;
  protected abstract readonly kind: StreamKind<State, Command>;
  /**
   * Streams folded so far, by name. Events are never changed once stored, so a folded state stays true up to
   * its revision: a command reads the events after it and folds them on, whoever appended them. A kind with
   * an owned fold has its kept states written in place; they never leave this class but as detached copies.
   */
  private readonly folded = new LRUCache<string, Folded<State>>({
    maxSize: FOLDED_EVENTS_BUDGET,
    sizeCalculation: (entry) => Math.max(1, entry.revision + 1),
  });

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTOR_NUDGE) private readonly nudge: () => void,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The stream's state, to read another boundary's facts (a parent, an activity) before deciding. */
  async load(id: string): Promise<State> {
    return this.given((await this.current(this.kind.streamOf(id))).state);
  }

  /**
   * The stream's state and the revision it is at, for facts another stream's command is built on
   * (`HandleOptions.facts`): read from the store, or unless `fresh`, the state this process keeps if any.
   */
  async read(id: string, fresh: boolean): Promise<{ state: State; read: StreamRevision }> {
    const stream = this.kind.streamOf(id);
    const folded = (fresh ? undefined : this.folded.get(stream)) ?? (await this.current(stream));
    return { state: this.given(folded.state), read: { stream, revision: folded.revision } };
  }

  /**
   * The state this process last folded the stream to, without reading the store, or undefined when it has
   * not folded it (or let it go). It may be behind the store: for facts that never change once set.
   */
  kept(id: string): State | undefined {
    const folded = this.folded.get(this.kind.streamOf(id));
    return folded && this.given(folded.state);
  }

  /** A kept state as it may leave this class: a copy where the kept one is folded on in place. */
  private given(state: State): State {
    return this.kind.owned ? this.kind.owned.detach(state) : state;
  }

  /**
   * Decides `command` on the stream's current state and appends what it decided. Given as a function, the
   * command is built with the time it is handled at (the clock's, once), which is also when it occurred
   * unless `options.occurredAt` says otherwise.
   */
  async handle<Facts = undefined>(
    context: CommandContext,
    id: string,
    command: Command | ((now: string, facts: Facts) => Command),
    options: HandleOptions<Facts> = {},
  ): Promise<Handled> {
    const stream = this.kind.streamOf(id);
    const idFor = eventIdFactory(context.idempotencySeed);
    const now = this.clock.now().toISOString();
    const occurredAt = options.occurredAt ?? now;
    const checksReads = this.store.checksReads === true;
    let lastError: unknown;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      // Kept states are tried first without reading the store: the append names its revision and the
      // revisions of the facts' streams, so it fails if any moved on meanwhile. A refusal or a decision to
      // append nothing is only given on states just read from the store.
      const kept = attempt === 0 ? this.folded.get(stream) : undefined;
      const factsKept = attempt === 0 && checksReads;
      const [folded, read] = await Promise.all([kept ?? this.current(stream), options.facts?.(!factsKept)]);
      // The entry may have been folded on while the facts were read: its state and revision are taken
      // together here, and nothing awaits until the decision is made.
      const { state, revision, position } = folded;
      const settled = kept === undefined && !(factsKept && read !== undefined);
      if (context.idempotencySeed !== undefined && folded.ids.has(idFor(0))) {
        // Appended before, by an earlier try with this key: answer with what it appended.
        const replay = await this.replayOf(context, stream, idFor);
        if (replay) return replay;
      }
      const decided =
        typeof command === 'function'
          ? (command as (now: string, facts: Facts) => Command)(now, read?.facts as Facts)
          : command;
      let events: readonly LedgerEvent[];
      try {
        events = this.kind.decide(decided, state);
      } catch (error) {
        if (settled) throw error;
        continue;
      }
      if (events.length === 0) {
        if (settled) return { events, position };
        continue;
      }
      if (options.beforeAppend !== undefined) {
        // A key bound by the append would come after this write: a route writing so must claim its key first.
        if (context.requestKey !== undefined)
          throw new Error('A write before the append cannot bind its key');
        await options.beforeAppend(events);
      }
      const recordedAt = this.clock.now().toISOString();
      const timer = this.metrics?.appendDuration.startTimer();
      const appended = events.map((event, index) => ({
        id: idFor(index),
        ...encodeEvent(event, {
          occurredAt,
          recordedAt,
          actor: context.actor.sub,
          correlationId: context.correlationId,
        }),
      }));
      try {
        const result = await this.store.append(stream, appended, revision < 0 ? 'no_stream' : revision, {
          ...(context.requestKey === undefined ? {} : { requestKey: context.requestKey }),
          ...(checksReads && read !== undefined ? { unchangedReads: read.reads } : {}),
        });
        if (result.repeated === true) {
          // A request just like this one stored these events first: answer with what it stored.
          timer?.({ outcome: 'repeated' });
          const replay = await this.replayOf(context, stream, idFor);
          if (replay) return replay;
        } else {
          timer?.({ outcome: 'appended' });
        }
        this.nudge();
        this.keep(stream, folded, appended, result);
        return { events, position: result.position };
      } catch (error) {
        const conflict = error instanceof WrongExpectedRevisionError || error instanceof StaleReadError;
        timer?.({ outcome: conflict ? 'conflict' : 'error' });
        if (conflict) this.metrics?.appendConflicts.inc();
        if (!conflict) throw error;
        lastError = error;
      }
    }
    throw lastError;
  }

  /** What an earlier request with this key and body appended, read back; marks a bound key as replayed. */
  private async replayOf(
    context: CommandContext,
    stream: string,
    idFor: (index: number) => string,
  ): Promise<Handled | undefined> {
    const replay = findApplied(await this.store.readStream(stream), idFor);
    if (replay !== undefined && context.requestKey !== undefined) context.requestKey.replayed = true;
    return replay;
  }

  /**
   * Folds what this process just appended onto the stream's entry, as a later read of the stream would (the
   * events as stored, JSON and all), so the stream's next command here need not read it.
   */
  private keep(
    stream: string,
    folded: Folded<State>,
    appended: readonly Omit<StoredEvent, 'revision'>[],
    result: AppendResult,
  ): void {
    const first = result.nextExpectedRevision - appended.length + 1;
    const stored = appended.map((event, index) => ({
      ...event,
      data: JSON.parse(JSON.stringify(event.data)) as Record<string, unknown>,
      revision: first + index,
    }));
    this.foldOn(stream, folded, stored, result.position);
  }

  /** The stream's entry now: the one kept from before, with the events stored after it folded on. */
  private async current(stream: string): Promise<Folded<State>> {
    const kept = this.folded.get(stream);
    const recorded = await this.store.readStream(stream, { fromRevision: (kept?.revision ?? -1) + 1 });
    const last = recorded[recorded.length - 1];
    if (last === undefined) return kept ?? unfolded(this.kind.initialState);
    return this.foldOn(stream, kept ?? unfolded(this.kind.initialState), recorded, last.position);
  }

  /**
   * Folds stored events, in revision order from any point up to the stream's end, onto an entry: those it
   * holds already (another command folded them on meanwhile) are passed over. The entry is then the one
   * kept for the stream, unless one at a later revision is kept already.
   */
  private foldOn(
    stream: string,
    folded: Folded<State>,
    stored: readonly StoredEvent[],
    position: number,
  ): Folded<State> {
    const events: LedgerEvent[] = [];
    let revision = folded.revision;
    for (const event of stored) {
      folded.ids.add(event.id);
      if (event.revision <= revision) continue;
      if (event.revision !== revision + 1) {
        // Cannot happen: a read starts right after a kept revision, and an entry's revision only grows.
        this.folded.delete(stream);
        throw new Error(`${stream}: event at revision ${event.revision} does not follow ${revision}`);
      }
      revision = event.revision;
      const decoded = decodeEvent(event);
      if (decoded) events.push(decoded.event);
    }
    if (revision === folded.revision) return folded;
    const { owned } = this.kind;
    try {
      // The initial state is shared by every entry that starts from it, so it is never written in place.
      folded.state =
        owned && folded.state !== this.kind.initialState
          ? owned.fold(folded.state, events)
          : this.kind.fold(folded.state, events);
    } catch (error) {
      // An owned fold may have stopped half-way: the entry is let go, and the stream folded afresh.
      this.folded.delete(stream);
      throw error;
    }
    folded.revision = revision;
    folded.position = position;
    const present = this.folded.get(stream);
    if (present === undefined || present === folded || present.revision < revision) {
      // Set anew, so the budget counts the entry at its new revision.
      this.folded.delete(stream);
      this.folded.set(stream, folded);
    }
    return folded;
  }
}

function findApplied(
  recorded: readonly RecordedEvent[],
  idFor: (index: number) => string,
): Handled | undefined {
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
