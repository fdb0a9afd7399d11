import {
  type ActivitySnapshot,
  dictionaryOf,
  emptyDictionary,
  type VolunteerSession,
  type VolunteerState,
} from '@vl/domain';

type PackedSession = Omit<VolunteerSession, 'activity'> & { readonly activity: number };

/**
 * The volunteer's state as stored: each session names its activity snapshot by index into one list,
 * since most of a volunteer's sessions share a few activities and the snapshot is most of a session.
 */
export type PackedVolunteerState =
  | { readonly status: 'Unregistered' }
  | (Omit<Extract<VolunteerState, { status: 'Registered' }>, 'sessions'> & {
      readonly sessions: Readonly<Record<string, PackedSession>>;
      readonly activities: readonly ActivitySnapshot[];
    });

export function packVolunteerState(state: VolunteerState): PackedVolunteerState {
  if (state.status !== 'Registered') return state;
  const activities: ActivitySnapshot[] = [];
  const sessions = emptyDictionary<PackedSession>();
  for (const [sessionId, session] of Object.entries(state.sessions)) {
    let index = activities.findIndex((known) => sameSnapshot(known, session.activity));
    if (index < 0) index = activities.push(session.activity) - 1;
    sessions[sessionId] = { ...session, activity: index };
  }
  return { ...state, sessions, activities };
}

export function unpackVolunteerState(packed: PackedVolunteerState): VolunteerState {
  if (packed.status !== 'Registered') return packed;
  const { activities, ...state } = packed;
  const sessions = emptyDictionary<VolunteerSession>();
  for (const [sessionId, session] of Object.entries(packed.sessions)) {
    const activity = activities[session.activity];
    if (!activity) throw new Error(`stored session ${sessionId} names a missing activity`);
    sessions[sessionId] = { ...session, activity } as VolunteerSession;
  }
  // Read back from JSON: the records get their prototype-less form again.
  return {
    ...state,
    sessions,
    consents: dictionaryOf(state.consents),
    awards: dictionaryOf(state.awards),
  };
}

function sameSnapshot(a: ActivitySnapshot, b: ActivitySnapshot): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof ActivitySnapshot)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const left = a[key];
    const right = b[key];
    if (Array.isArray(left) && Array.isArray(right)) {
      return left.length === right.length && left.every((item, index) => item === right[index]);
    }
    return left === right;
  });
}
