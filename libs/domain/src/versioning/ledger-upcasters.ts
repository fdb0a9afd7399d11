import { EVENT_SCHEMA_VERSIONS } from '../events.js';
import { type VolunteerRegistered, type VolunteerRegisteredV1 } from '../volunteer/volunteer.events.js';
import {
  createUpcasterRegistry,
  defineUpcaster,
  type StoredEventData,
  type Upcasted,
  type UpcasterDefinition,
  type UpcasterRegistry,
} from './upcasting.js';

/**
 * Every step from an older stored shape of a ledger event to the current one. Empty while every event is
 * at v1; when an event's shape changes, keep its old `…V1` type beside the new one, bump its version in
 * EVENT_SCHEMA_VERSIONS and add the step here with `defineUpcaster` (see upcasting.unit.spec.ts).
 */
export const LEDGER_UPCASTERS: readonly UpcasterDefinition[] = [
  // Personal data left the events: whatever a v1 registration held of it is dropped on read. Ledgers
  // written before are migrated once (docs/personal-data.md), which moves it into the personal store.
  defineUpcaster<VolunteerRegisteredV1, VolunteerRegistered['data']>('VolunteerRegistered', 1, (v1) => ({
    volunteerId: v1.volunteerId,
    organizationId: v1.organizationId,
    organizationPath: v1.organizationPath,
    schoolId: v1.schoolId,
    leagueStatus: v1.leagueStatus,
    // v1 recorded no guardian; a minor among them is flagged by the migration, not guessed here.
    minorAtRegistration: false,
  })),
];

/** The registry every reader decodes through by default (`decodeEvent`). */
export const ledgerUpcasters: UpcasterRegistry = createUpcasterRegistry(
  EVENT_SCHEMA_VERSIONS,
  LEDGER_UPCASTERS,
);

/** Turns a stored ledger event's data of any known version into the current shape. */
export function upcast(type: string, schemaVersion: number, data: StoredEventData): Upcasted {
  return ledgerUpcasters.upcast(type, schemaVersion, data);
}
