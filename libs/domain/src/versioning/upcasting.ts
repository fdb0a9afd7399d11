/** The data of a stored event, as any store hands it back. */
export type StoredEventData = Record<string, unknown>;

/** One step: turns `type` at `fromVersion` into its shape at `fromVersion + 1`. */
export interface UpcasterDefinition {
  readonly type: string;
  readonly fromVersion: number;
  readonly upcast: (data: StoredEventData) => StoredEventData;
}

/**
 * Declares a step between two explicit shapes, so the old `…V1` type stays written down beside the
 * current one. The store hands back untyped JSON: trusting it to match `From` is the upcaster's premise,
 * which its own test pins down.
 */
export function defineUpcaster<From extends object, To extends object>(
  type: string,
  fromVersion: number,
  upcast: (data: From) => To,
): UpcasterDefinition {
  return { type, fromVersion, upcast: (data) => upcast(data as From) as StoredEventData };
}

export interface Upcasted {
  readonly schemaVersion: number;
  readonly data: StoredEventData;
}

export interface UpcasterRegistry {
  /** Brings stored data of any known older version up to the current version, one step at a time. */
  upcast(type: string, schemaVersion: number, data: StoredEventData): Upcasted;
}

/**
 * Builds a registry and checks it up front: every version below the current one must have exactly one
 * step, so a missing upcaster fails at start-up rather than on the first old event read.
 */
export function createUpcasterRegistry(
  currentVersions: Readonly<Record<string, number>>,
  definitions: readonly UpcasterDefinition[],
): UpcasterRegistry {
  const steps = new Map<string, UpcasterDefinition['upcast']>();
  for (const definition of definitions) {
    const key = stepKey(definition.type, definition.fromVersion);
    const current = currentVersions[definition.type];
    if (current === undefined) throw new Error(`Upcaster for unknown event type ${definition.type}`);
    if (definition.fromVersion < 1 || definition.fromVersion >= current) {
      throw new Error(`Upcaster ${key} is outside ${definition.type}'s versions 1..${current - 1}`);
    }
    if (steps.has(key)) throw new Error(`Two upcasters for ${key}`);
    steps.set(key, definition.upcast);
  }
  for (const [type, current] of Object.entries(currentVersions)) {
    for (let version = 1; version < current; version += 1) {
      if (!steps.has(stepKey(type, version))) throw new Error(`No upcaster for ${stepKey(type, version)}`);
    }
  }

  return {
    upcast(type, schemaVersion, data) {
      const current = currentVersions[type];
      if (current === undefined) throw new Error(`Unknown event type ${type}`);
      if (!Number.isInteger(schemaVersion) || schemaVersion < 1 || schemaVersion > current) {
        throw new Error(`${type} v${schemaVersion} is not a version this build understands (1..${current})`);
      }
      let upcasted = data;
      for (let version = schemaVersion; version < current; version += 1) {
        const step = steps.get(stepKey(type, version));
        // Checked complete at construction.
        if (!step) throw new Error(`No upcaster for ${stepKey(type, version)}`);
        upcasted = step(upcasted);
      }
      return { schemaVersion: current, data: upcasted };
    },
  };
}

function stepKey(type: string, fromVersion: number): string {
  return `${type}@v${fromVersion}`;
}
