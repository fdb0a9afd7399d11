import {
  balanceFolder,
  detachVolunteer,
  entryOf,
  foldOwnedVolunteer,
  isVolunteerEvent,
  type BalanceFigures,
  type BalanceFolder,
  type RegisteredVolunteer,
  type VolunteerStreamEvent,
  type VolunteerState,
} from '@vl/domain';
import { type CertificateTrack } from '../derived/certificate-messages.js';
import { pointsOfState } from '../ledger/balance-points.js';
import { keepTally, tallyOf, type PointsTally, type PricingOptions } from '../ledger/points-tally.js';
import { type EligibilityStanding } from '../topics/topic-payloads.js';
import { unseenVolunteer, type PublishedVolunteer } from './published-volunteer.js';

/**
 * A volunteer as one batch folds it. The stored state is copied once, at the batch's first event of the
 * volunteer, and the copy is then written in place, so an event costs the same however long the history;
 * the stored state itself is never written, as a batch that failed to send is planned again from it.
 */
export class VolunteerWork {
  /** Owned once `owned` is set; until then the stored state, only read. */
  private state: VolunteerState;
  private owned = false;
  /** Undefined until first asked for; then the tally, or null where `pointsOfState` answers. */
  private tally: PointsTally | null | undefined;
  private readonly balance: BalanceFolder;
  eligibility: Readonly<Record<string, EligibilityStanding>>;
  certificates: Readonly<Record<string, CertificateTrack>>;

  constructor(
    volunteerId: string,
    stored: PublishedVolunteer | undefined,
    private readonly options: PricingOptions,
  ) {
    const start = stored ?? unseenVolunteer(volunteerId);
    this.state = start.volunteer;
    this.balance = balanceFolder(start.balance, options.timeZone);
    this.eligibility = start.eligibility;
    this.certificates = start.certificates;
  }

  /** The volunteer's domain state as folded so far; read it before the next `apply`, never keep it. */
  get volunteer(): VolunteerState {
    return this.state;
  }

  /** The balance's figures so far, read in place: changed by the next `apply`. */
  get figures(): BalanceFigures {
    return this.balance.figures;
  }

  /** The points as `pointsOfState` counts them, without pricing the history again. */
  get points(): number {
    const state = this.state;
    if (state.status !== 'Registered') return 0;
    return this.tallyOf(state)?.points ?? pointsOfState(state, this.options);
  }

  apply(event: VolunteerStreamEvent): void {
    if (!this.owned) {
      // Before the copy: the tally a batch kept is found by the very state it handed out.
      if (this.state.status === 'Registered') this.tallyOf(this.state);
      this.state = detachVolunteer(this.state);
      this.owned = true;
    }
    if (isVolunteerEvent(event)) this.balance.apply(event);
    const before = this.state;
    // The fold writes the records in place: what the event replaces must be read before it.
    const { data } = event;
    const sessionId = 'sessionId' in data ? data.sessionId : undefined;
    const awardId = 'awardId' in data ? data.awardId : undefined;
    const sessionBefore =
      before.status === 'Registered' && sessionId ? entryOf(before.sessions, sessionId) : undefined;
    const awardBefore =
      before.status === 'Registered' && awardId ? entryOf(before.awards, awardId) : undefined;
    const after = foldOwnedVolunteer(before, [event]);
    this.state = after;
    if (after.status !== 'Registered') return;
    if (after !== before) {
      // A new state: the registration, which starts with no sessions and no honours.
      this.tally = tallyOf(after, this.options) ?? null;
      return;
    }
    if (sessionId !== undefined)
      this.tally?.sessionReplaced(sessionBefore, entryOf(after.sessions, sessionId));
    if (awardId !== undefined) this.tally?.awardReplaced(awardBefore, entryOf(after.awards, awardId));
  }

  private tallyOf(state: RegisteredVolunteer): PointsTally | null {
    if (this.tally === undefined) this.tally = tallyOf(state, this.options) ?? null;
    return this.tally;
  }

  /** What the batch hands on; the work must not be applied to after this. */
  published(): PublishedVolunteer {
    const volunteer = this.state;
    if (this.owned && this.tally && volunteer.status === 'Registered') keepTally(volunteer, this.tally);
    return {
      balance: this.balance.balance,
      volunteer,
      eligibility: this.eligibility,
      certificates: this.certificates,
    };
  }
}
