import { Logger } from '@nestjs/common';
import { encodeEvent, PERSONAL_DATA_MIGRATION_STREAM } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { movePersonalDataOutOfEvents, type PersonalDataStore } from '@vl/personal-data';
import { type SqlClient } from '@vl/sql';
import { randomUUID } from 'node:crypto';

const log = new Logger('PersonalDataMigration');

/** Moves names and birth dates out of stored v1 registrations, recording `PersonalDataMovedOut`. */
export async function movePersonalDataOut(
  sql: SqlClient,
  store: EventStore,
  people: PersonalDataStore,
): Promise<void> {
  const moved = await movePersonalDataOutOfEvents(sql, people, async ({ eventIds, volunteerIds }) => {
    const existing = await store.readStream(PERSONAL_DATA_MIGRATION_STREAM);
    const last = existing[existing.length - 1];
    const now = new Date().toISOString();
    await store.append(
      PERSONAL_DATA_MIGRATION_STREAM,
      [
        {
          id: randomUUID(),
          ...encodeEvent(
            { type: 'PersonalDataMovedOut', data: { eventIds, volunteerIds, movedBy: 'system:migration' } },
            { occurredAt: now, recordedAt: now, actor: 'system:migration', correlationId: randomUUID() },
          ),
        },
      ],
      last ? last.revision : 'no_stream',
    );
  });
  if (moved.eventIds.length > 0) {
    log.log(`Moved personal data of ${moved.volunteerIds.length} volunteers out of their events`);
  }
}
