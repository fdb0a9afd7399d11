import { Injectable } from '@nestjs/common';
import {
  type ActivityCommand,
  activityDecider,
  type ActivityState,
  activityStream,
  type CertificateCommand,
  certificateDecider,
  type CertificateState,
  certificateStream,
  type Decider,
  isActivityEvent,
  isOrganizationEvent,
  isVolunteerStreamEvent,
  type LedgerEvent,
  type OrganizationCommand,
  organizationDecider,
  type OrganizationState,
  organizationStream,
  type ErasePersonalData,
  personalDataDecider,
  type PersonalDataState,
  personalDataStream,
  type VolunteerCommand,
  volunteerDecider,
  type VolunteerState,
  volunteerStream,
} from '@vl/domain';
import { type StreamKind, StreamCommandHandler } from './stream-command-handler.js';

/** Binds a decider to its streams. Each kind folds only its own events; anything else is ignored, never misread. */
function streamKind<State, Command, Event extends LedgerEvent>(
  streamOf: (id: string) => string,
  decider: Decider<Command, Event, State>,
  isOwn: (event: LedgerEvent) => event is Event,
): StreamKind<State, Command> {
  const { owned } = decider;
  return {
    streamOf,
    initialState: decider.initialState,
    fold: (state, events) => {
      const own = events.filter(isOwn);
      return decider.fold
        ? decider.fold(state, own)
        : own.reduce((folded, event) => decider.evolve(folded, event), state);
    },
    decide: decider.decide,
    ...(owned === undefined
      ? {}
      : {
          owned: {
            fold: (state: State, events: readonly LedgerEvent[]) => owned.fold(state, events.filter(isOwn)),
            detach: owned.detach,
          },
        }),
  };
}

const ofType =
  <Event extends LedgerEvent>(type: Event['type']) =>
  (event: LedgerEvent): event is Event =>
    event.type === type;

/** `volunteer-{id}`: registration, sessions, corrections, awards and consents of one volunteer. */
@Injectable()
export class VolunteerStreams extends StreamCommandHandler<VolunteerState, VolunteerCommand> {
  protected readonly kind = streamKind(volunteerStream, volunteerDecider, isVolunteerStreamEvent);
}

@Injectable()
export class ActivityStreams extends StreamCommandHandler<ActivityState, ActivityCommand> {
  protected readonly kind = streamKind(activityStream, activityDecider, isActivityEvent);
}

@Injectable()
export class OrganizationStreams extends StreamCommandHandler<OrganizationState, OrganizationCommand> {
  protected readonly kind = streamKind(organizationStream, organizationDecider, isOrganizationEvent);
}

@Injectable()
export class CertificateStreams extends StreamCommandHandler<CertificateState, CertificateCommand> {
  protected readonly kind = streamKind(certificateStream, certificateDecider, ofType('CertificateIssued'));
}

/** `personal-data-{volunteerId}`: the erasure of a person's personal data, with who and why. */
@Injectable()
export class PersonalDataStreams extends StreamCommandHandler<PersonalDataState, ErasePersonalData> {
  protected readonly kind = streamKind(personalDataStream, personalDataDecider, ofType('PersonalDataErased'));
}

export const STREAM_COMMAND_HANDLERS = [
  PersonalDataStreams,
  VolunteerStreams,
  ActivityStreams,
  OrganizationStreams,
  CertificateStreams,
];
