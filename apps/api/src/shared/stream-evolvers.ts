import {
  type ActivityEvent,
  type CertificateEvent,
  certificateDecider,
  type CertificateState,
  activityDecider,
  type ActivityState,
  type LedgerEvent,
  type OrganizationEvent,
  organizationDecider,
  type OrganizationState,
  foldVolunteer,
  isVolunteerStreamEvent,
  volunteerDecider,
  type VolunteerState,
} from '@vl/domain';

/** Each stream kind folds only its own events; anything else in a stream is ignored, never misread. */
export const evolveOrganizationStream = (state: OrganizationState, event: LedgerEvent): OrganizationState =>
  event.type === 'OrganizationRegistered'
    ? organizationDecider.evolve(state, event as OrganizationEvent)
    : state;

export const evolveActivityStream = (state: ActivityState, event: LedgerEvent): ActivityState =>
  event.type === 'ActivityScheduled' ? activityDecider.evolve(state, event as ActivityEvent) : state;

export const evolveVolunteerStream = (state: VolunteerState, event: LedgerEvent): VolunteerState =>
  isVolunteerStreamEvent(event) ? volunteerDecider.evolve(state, event) : state;

/** A whole volunteer stream in one fold: linear in its length, where evolving event by event copies. */
export const foldVolunteerStream = (state: VolunteerState, events: readonly LedgerEvent[]): VolunteerState =>
  foldVolunteer(state, events.filter(isVolunteerStreamEvent));

export const evolveCertificateStream = (state: CertificateState, event: LedgerEvent): CertificateState =>
  event.type === 'CertificateIssued' ? certificateDecider.evolve(state, event as CertificateEvent) : state;
