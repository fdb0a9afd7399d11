import {
  calendarDate,
  DEFAULT_POINTS_POLICY_ID,
  honourPointsFor,
  versionCents,
  type PointsPolicy,
  type PolicySet,
  type RegisteredVolunteer,
  type VolunteerAward,
  type VolunteerSession,
} from '@vl/domain';

export interface PricingOptions {
  readonly policies: PolicySet;
  readonly timeZone: string;
}

/**
 * A registered volunteer's points kept in step with its sessions and honours, equal to `pointsOfState`:
 * confirmed minutes totalled per points version, each version priced and floored once, plus the honours
 * held. Each session and honour adds its own share, so a change costs the same however long the history.
 */
export class PointsTally {
  private constructor(
    private readonly options: PricingOptions,
    private readonly minutes: Map<PointsPolicy, number>,
    private hourCents: number,
    private honourCents: number,
    /** False once a figure could make a running sum differ from a fresh one; `pointsOfState` answers then. */
    private exact: boolean,
  ) {}

  /** The tally of a whole state, or undefined when there is no valid points policy to keep one for. */
  static of(state: RegisteredVolunteer, options: PricingOptions): PointsTally | undefined {
    const versions = options.policies.versions(DEFAULT_POINTS_POLICY_ID);
    if (versions.length === 0 || versions.some((policy) => policy.kind !== 'points')) return undefined;
    const tally = new PointsTally(options, new Map(), 0, 0, true);
    for (const session of Object.values(state.sessions)) tally.sessionReplaced(undefined, session);
    for (const award of Object.values(state.awards)) tally.awardReplaced(undefined, award);
    return tally;
  }

  /** Undefined when the figures are not whole minutes; the caller prices the state afresh then. */
  get points(): number | undefined {
    return this.exact ? (this.hourCents + this.honourCents) / 100 : undefined;
  }

  pricedBy(options: PricingOptions): boolean {
    return this.options.policies === options.policies && this.options.timeZone === options.timeZone;
  }

  copy(): PointsTally {
    const { options, minutes, hourCents, honourCents, exact } = this;
    return new PointsTally(options, new Map(minutes), hourCents, honourCents, exact);
  }

  /** A session stored in place of another (undefined: none); the same object changes nothing. */
  sessionReplaced(before: VolunteerSession | undefined, after: VolunteerSession | undefined): void {
    if (before === after) return;
    if (before) this.addSession(before, -1);
    if (after) this.addSession(after, 1);
  }

  /** An honour stored in place of another (undefined: none); only granted ones are worth points. */
  awardReplaced(before: VolunteerAward | undefined, after: VolunteerAward | undefined): void {
    if (before === after) return;
    this.honourCents += this.honourCentsOf(after) - this.honourCentsOf(before);
  }

  private addSession(session: VolunteerSession, sign: 1 | -1): void {
    if (session.phase !== 'Confirmed' || session.minutes === 0) return;
    // Sums of whole minutes do not depend on their order; anything else might, by a rounding.
    if (!Number.isSafeInteger(session.minutes)) this.exact = false;
    const { policies, timeZone } = this.options;
    const served = calendarDate(session.service.start, timeZone);
    const policy = policies.inForce(DEFAULT_POINTS_POLICY_ID, served);
    // Served before any points version: counted as hours, worth no points.
    if (policy?.kind !== 'points') return;
    const before = this.minutes.get(policy) ?? 0;
    const after = before + sign * session.minutes;
    this.minutes.set(policy, after);
    this.hourCents += versionCents(policy, after) - versionCents(policy, before);
  }

  private honourCentsOf(award: VolunteerAward | undefined): number {
    if (award?.phase !== 'Granted') return 0;
    return Math.round(honourPointsFor([award], this.options.policies, this.options) * 100);
  }
}

/** The tally a batch left with each state it handed out, so the next batch need not count it again. */
const kept = new WeakMap<RegisteredVolunteer, PointsTally>();

/** The state's tally, to be written by the caller: a copy of the one kept with it, or counted afresh. */
export function tallyOf(state: RegisteredVolunteer, options: PricingOptions): PointsTally | undefined {
  const known = kept.get(state);
  return known?.pricedBy(options) ? known.copy() : PointsTally.of(state, options);
}

/** Keeps the tally of a state no one writes any more (a batch's result). */
export function keepTally(state: RegisteredVolunteer, tally: PointsTally): void {
  kept.set(state, tally);
}
