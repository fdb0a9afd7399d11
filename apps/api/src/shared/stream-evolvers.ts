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
  type VolunteerStreamEvent,
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

const VOLUNTEER_EVENT_TYPES: ReadonlySet<string> = new Set<VolunteerStreamEvent['type']>([
  'VolunteerRegistered',
  'VolunteerCheckedIn',
  'VolunteerCheckedOut',
  'SessionCheckOutMissed',
  'ManualSessionRecorded',
  'SessionConfirmed',
  'SessionRejected',
  'SessionCorrected',
  'SessionRevoked',
  'SchoolConsentGranted',
  'SchoolConsentRevoked',
]);

export const evolveVolunteerStream = (state: VolunteerState, event: LedgerEvent): VolunteerState =>
  VOLUNTEER_EVENT_TYPES.has(event.type)
    ? volunteerDecider.evolve(state, event as VolunteerStreamEvent)
    : state;

export const evolveCertificateStream = (state: CertificateState, event: LedgerEvent): CertificateState =>
  event.type === 'CertificateIssued' ? certificateDecider.evolve(state, event as CertificateEvent) : state;
