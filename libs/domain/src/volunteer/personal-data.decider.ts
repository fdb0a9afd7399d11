import { type Decider, requireText, type DomainCommand } from '../decider.js';
import { DomainError } from '../shared/errors.js';
import { type PersonalDataErased } from './personal-data.events.js';

export const ERASURE_REASON_MAX_LENGTH = 500;

export type PersonalDataState =
  { readonly status: 'Held' } | { readonly status: 'Erased'; readonly erasedBy: string };

export type ErasePersonalData = DomainCommand<
  'ErasePersonalData',
  {
    readonly volunteerId: string;
    readonly erasedBy: string;
    readonly reason: string;
  }
>;

/**
 * `personal-data-{volunteerId}`: erasure is recorded once, with who and why. Erasing again decides
 * nothing, so a repeated request finds the same answer.
 */
export function decideErasePersonalData(
  command: ErasePersonalData,
  state: PersonalDataState,
): PersonalDataErased[] {
  if (state.status === 'Erased') return [];
  if (command.data.reason.trim().length === 0) {
    throw new DomainError('REASON_REQUIRED', 'an erasure states its reason', 'reason');
  }
  const reason = requireText(command.data.reason, 'reason', ERASURE_REASON_MAX_LENGTH);
  return [
    {
      type: 'PersonalDataErased',
      data: { volunteerId: command.data.volunteerId, erasedBy: command.data.erasedBy, reason },
    },
  ];
}

export const personalDataDecider: Decider<ErasePersonalData, PersonalDataErased, PersonalDataState> = {
  initialState: { status: 'Held' },
  decide: decideErasePersonalData,
  evolve: (_state, event) => ({ status: 'Erased', erasedBy: event.data.erasedBy }),
};
