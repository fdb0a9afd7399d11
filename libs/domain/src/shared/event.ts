/** A domain event: a past-tense `type` tag and its payload. Metadata is added by the application layer. */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

/** Who acts, from the verified token. `org` is the node the roles are bound to; `*` is the system root. */
export interface Actor {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly org: string;
  readonly volunteerId?: string;
  readonly schoolId?: string;
}

export const ROLES = ['volunteer', 'organizer', 'school', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Stored with every event. Times are ISO 8601 UTC strings. */
export interface EventMetadata {
  readonly schemaVersion: number;
  /** When it happened in the world. */
  readonly occurredAt: string;
  /** When the ledger learned it. */
  readonly recordedAt: string;
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId?: string;
}

export const ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;
