import { computed, ref, shallowRef } from 'vue';
import { problemOf, type Problem } from '../api/client';

function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * One form's submissions: never two at once, an Idempotency-Key per submission (the same key again only
 * when the very same input is retried after a failure, so a lost answer is not applied twice), and the
 * problem of the last attempt, by field.
 */
export function useSubmission() {
  const sending = ref(false);
  const problem = shallowRef<Problem>();
  let pending: { input: string; key: string } | undefined;

  const fieldErrors = computed<Record<string, string[]>>(() => {
    // A Map, so a field named like an Object.prototype member is only ever a field.
    const found = new Map<string, string[]>();
    const current = problem.value;
    if (!current || !('type' in current)) return {};
    for (const error of current.errors ?? [])
      found.set(error.field, [...(found.get(error.field) ?? []), error.message]);
    if (current.field && !found.has(current.field)) found.set(current.field, [current.detail]);
    return Object.fromEntries(found);
  });

  async function submit<T>(
    input: unknown,
    send: (idempotencyKey: string) => Promise<T>,
  ): Promise<T | undefined> {
    if (sending.value) return undefined;
    const serialized = JSON.stringify(input);
    if (!pending || pending.input !== serialized) pending = { input: serialized, key: newKey() };
    sending.value = true;
    problem.value = undefined;
    try {
      const result = await send(pending.key);
      pending = undefined;
      return result;
    } catch (error) {
      problem.value = problemOf(error);
      return undefined;
    } finally {
      sending.value = false;
    }
  }

  return { sending, problem, fieldErrors, submit };
}
