import { requireId, type Decider, type DomainCommand } from '../decider.js';
import { DomainError, assertUnreachable } from '../shared/errors.js';
import {
  type CertificateContentSnapshot,
  type CertificateEvent,
  type CertificateIssued,
  type CertifiedSession,
} from './certificate.events.js';

export type IssueCertificate = DomainCommand<
  'IssueCertificate',
  {
    readonly certificateId: string;
    readonly volunteerId: string;
    readonly keyId: string;
    readonly signedForm: string;
    readonly content: CertificateContentSnapshot;
    readonly sessions: readonly CertifiedSession[];
  }
>;

export type CertificateCommand = IssueCertificate;

export type CertificateState =
  | { readonly status: 'Unissued' }
  | {
      readonly status: 'Issued';
      readonly certificateId: string;
      readonly volunteerId: string;
      readonly code: string;
    };

/** A certificate is issued once; what it states is fixed, and its validity is answered from the ledger. */
export function decideCertificate(command: CertificateCommand, state: CertificateState): CertificateEvent[] {
  switch (command.type) {
    case 'IssueCertificate':
      return decideIssueCertificate(command, state);
    default:
      return assertUnreachable(command.type);
  }
}

function decideIssueCertificate(command: IssueCertificate, state: CertificateState): CertificateIssued[] {
  const { certificateId, volunteerId, keyId, signedForm, content, sessions } = command.data;
  if (state.status === 'Issued') {
    throw new DomainError('CERTIFICATE_ALREADY_EXISTS', `certificate ${certificateId} exists`, 'id');
  }
  requireId(certificateId, 'id');
  if (sessions.length === 0 || content.activities.length === 0) {
    throw new DomainError('NO_CERTIFIABLE_SERVICE', 'a certificate states at least one confirmed session');
  }
  const counted = sessions.reduce((sum, session) => sum + session.minutes, 0);
  if (counted !== content.totalMinutes || content.volunteer.id !== volunteerId) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `the content states ${content.totalMinutes} minutes of ${content.volunteer.id}; its sessions give ${counted} of ${volunteerId}`,
      'sessions',
    );
  }
  if (keyId.trim() === '' || signedForm.split('.').length !== 3) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'a certificate needs its key id and compact JWS',
      'signedForm',
    );
  }
  return [
    {
      type: 'CertificateIssued',
      data: {
        certificateId,
        volunteerId,
        code: content.code,
        keyId,
        signedForm,
        content,
        sessions: sessions.map((session) => ({ ...session })),
      },
    },
  ];
}

export function evolveCertificate(state: CertificateState, event: CertificateEvent): CertificateState {
  switch (event.type) {
    case 'CertificateIssued': {
      if (state.status === 'Issued') return state;
      const { certificateId, volunteerId, code } = event.data;
      return { status: 'Issued', certificateId, volunteerId, code };
    }
    default:
      return assertUnreachable(event.type);
  }
}

export const certificateDecider: Decider<CertificateCommand, CertificateEvent, CertificateState> = {
  initialState: { status: 'Unissued' },
  decide: decideCertificate,
  evolve: evolveCertificate,
};
