import { Injectable } from '@nestjs/common';
import {
  type ActivityCommand,
  activityDecider,
  type ActivityEvent,
  type ActivityState,
  activityStream,
  type CertificateCommand,
  certificateDecider,
  type CertificateEvent,
  type CertificateState,
  certificateStream,
  isVolunteerStreamEvent,
  type OrganizationCommand,
  organizationDecider,
  type OrganizationEvent,
  type OrganizationState,
  organizationStream,
  type VolunteerCommand,
  volunteerDecider,
  type VolunteerState,
  volunteerStream,
} from '@vl/domain';
import { type StreamKind, StreamCommandHandler } from './stream-command-handler.js';

// Each stream kind folds only its own events; anything else in a stream is ignored, never misread.

/** `volunteer-{id}`: registration, sessions, corrections, awards and consents of one volunteer. */
@Injectable()
export class VolunteerStreams extends StreamCommandHandler<VolunteerState, VolunteerCommand> {
  protected readonly kind: StreamKind<VolunteerState, VolunteerCommand> = {
    streamOf: volunteerStream,
    initialState: volunteerDecider.initialState,
    evolve: (state, event) => (isVolunteerStreamEvent(event) ? volunteerDecider.evolve(state, event) : state),
    decide: volunteerDecider.decide,
  };
}

@Injectable()
export class ActivityStreams extends StreamCommandHandler<ActivityState, ActivityCommand> {
  protected readonly kind: StreamKind<ActivityState, ActivityCommand> = {
    streamOf: activityStream,
    initialState: activityDecider.initialState,
    evolve: (state, event) =>
      event.type === 'ActivityScheduled' ? activityDecider.evolve(state, event as ActivityEvent) : state,
    decide: activityDecider.decide,
  };
}

@Injectable()
export class OrganizationStreams extends StreamCommandHandler<OrganizationState, OrganizationCommand> {
  protected readonly kind: StreamKind<OrganizationState, OrganizationCommand> = {
    streamOf: organizationStream,
    initialState: organizationDecider.initialState,
    evolve: (state, event) =>
      event.type === 'OrganizationRegistered'
        ? organizationDecider.evolve(state, event as OrganizationEvent)
        : state,
    decide: organizationDecider.decide,
  };
}

@Injectable()
export class CertificateStreams extends StreamCommandHandler<CertificateState, CertificateCommand> {
  protected readonly kind: StreamKind<CertificateState, CertificateCommand> = {
    streamOf: certificateStream,
    initialState: certificateDecider.initialState,
    evolve: (state, event) =>
      event.type === 'CertificateIssued'
        ? certificateDecider.evolve(state, event as CertificateEvent)
        : state,
    decide: certificateDecider.decide,
  };
}

export const STREAM_COMMAND_HANDLERS = [
  VolunteerStreams,
  ActivityStreams,
  OrganizationStreams,
  CertificateStreams,
];
