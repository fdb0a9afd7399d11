import { computed, shallowRef } from 'vue';
import { answer, api, problemOf, type Problem, type SessionAnswer, useCsrfToken } from '../api/client';

const session = shallowRef<SessionAnswer>();
const problem = shallowRef<Problem>();
let loading: Promise<SessionAnswer | undefined> | undefined;

/** Asks the api app who is signed in (the cookie never reaches this code); once, unless `fresh`. */
export function loadSession(fresh = false): Promise<SessionAnswer | undefined> {
  if (loading && !fresh) return loading;
  problem.value = undefined;
  loading = answer(api.GET('/api/v1/session', {}))
    .then((value) => {
      setSession(value);
      return value;
    })
    .catch((error: unknown) => {
      problem.value = problemOf(error);
      loading = undefined;
      return undefined;
    });
  return loading;
}

export function setSession(value: SessionAnswer): void {
  session.value = value;
  useCsrfToken(value.signedIn ? value.csrfToken : undefined);
  loading = Promise.resolve(value);
}

export async function signOut(): Promise<void> {
  const csrfToken = session.value?.csrfToken ?? '';
  await answer(
    api.POST('/api/v1/auth/sign-out', { params: { header: { 'X-CSRF-Token': csrfToken } }, body: {} }),
  );
  session.value = undefined;
  useCsrfToken(undefined);
  await loadSession(true);
}

export function useSession() {
  return {
    session,
    problem,
    signedIn: computed(() => session.value?.signedIn === true),
    volunteerId: computed(() => (session.value?.signedIn ? session.value.actor?.volunteerId : undefined)),
    displayName: computed(() => (session.value?.signedIn ? session.value.displayName : undefined)),
  };
}
