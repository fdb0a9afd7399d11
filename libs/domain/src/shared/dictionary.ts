/**
 * Records keyed by client text (ids, categories, years) have no prototype, and are read only through
 * `entryOf`, so a key such as `constructor`, `toString` or `__proto__` is a key like any other: it finds
 * nothing it was not given and stores what it is given.
 */
export type Dictionary<T> = Readonly<Record<string, T>>;

export function emptyDictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The entry stored under the key itself, never one inherited from Object.prototype. */
export function entryOf<T>(dictionary: Dictionary<T>, key: string): T | undefined {
  return Object.hasOwn(dictionary, key) ? dictionary[key] : undefined;
}

/** A copy with one entry set; `__proto__` included, since a prototype-less object has no setter for it. */
export function withEntry<T>(dictionary: Dictionary<T>, key: string, value: T): Dictionary<T> {
  const copy = Object.assign(emptyDictionary<T>(), dictionary);
  copy[key] = value;
  return copy;
}

/** A prototype-less copy of any record, such as one read back from JSON. */
export function dictionaryOf<T>(record: Dictionary<T>): Dictionary<T> {
  return Object.assign(emptyDictionary<T>(), record);
}

/** Adds minutes under a key, dropping the key when it comes back to zero. Mutates a dictionary being built. */
export function addTo(dictionary: Record<string, number>, key: string, amount: number): void {
  const next = (entryOf(dictionary, key) ?? 0) + amount;
  if (next === 0) delete dictionary[key];
  else dictionary[key] = next;
}
