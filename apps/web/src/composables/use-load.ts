import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { problemOf, type Problem } from '../api/client';

export interface Loaded<T> {
  data: ShallowRef<T | undefined>;
  loading: Ref<boolean>;
  problem: ShallowRef<Problem | undefined>;
  reload: () => Promise<void>;
}

/** A read a page shows: loading while it runs, the problem when it fails, the data when it answers. */
export function useLoad<T>(load: () => Promise<T>, immediate = true): Loaded<T> {
  const data = shallowRef<T>();
  const loading = ref(immediate);
  const problem = shallowRef<Problem>();
  let generation = 0;
  async function reload(): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    problem.value = undefined;
    try {
      const value = await load();
      if (mine === generation) data.value = value;
    } catch (error) {
      if (mine === generation) problem.value = problemOf(error);
    } finally {
      if (mine === generation) loading.value = false;
    }
  }
  if (immediate) void reload();
  return { data, loading, problem, reload };
}
