import {
  confirmedEntriesOf,
  DEFAULT_POINTS_POLICY_ID,
  honourPointsFor,
  pointsFor,
  type PolicySet,
  type VolunteerState,
} from '@vl/domain';

/**
 * The balance's points as the HTTP balance counts them: confirmed hours priced by the points version in
 * force when served, plus the honours held, each worth what the version in force at its grant says.
 */
export function pointsOfState(
  state: VolunteerState,
  options: { readonly policies: PolicySet; readonly timeZone: string },
): number {
  if (state.status !== 'Registered') return 0;
  if (options.policies.versions(DEFAULT_POINTS_POLICY_ID).length === 0) return 0;
  const held = Object.values(state.awards).filter((award) => award.phase === 'Granted');
  const honourPoints =
    held.length === 0 ? 0 : honourPointsFor(held, options.policies, { timeZone: options.timeZone });
  return pointsFor(confirmedEntriesOf(state), options.policies, { timeZone: options.timeZone, honourPoints })
    .points;
}
