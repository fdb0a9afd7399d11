import { Injectable } from '@nestjs/common';
import { DomainError } from '@vl/domain';
import {
  ERASED_NAME,
  maskName,
  type PersonalRecord,
  PersonalDataStore,
  type StoredPerson,
} from '@vl/personal-data';

/** What the API joins from the personal-data store into its answers, and the rules for reading it. */
@Injectable()
export class PersonalData {
  constructor(readonly store: PersonalDataStore) {}

  find(volunteerId: string): Promise<StoredPerson> {
    return this.store.find(volunteerId);
  }

  /** The record, or 410 PERSONAL_DATA_ERASED when it was erased (or never held). */
  async requireRecord(volunteerId: string): Promise<PersonalRecord> {
    const person = await this.store.find(volunteerId);
    if (person.status === 'present') return person.record;
    throw erased(volunteerId, person);
  }

  /** The birth date the age rules need: passed into evaluation, never read from an event. */
  async requireBirthDate(volunteerId: string): Promise<string> {
    return (await this.requireRecord(volunteerId)).birthDate;
  }

  /** Masked names by id; an erased person shows as erased, an unknown one as an empty name. */
  async maskedNames(volunteerIds: readonly string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const [id, person] of await this.store.findMany(volunteerIds)) {
      names.set(id, displayName(person));
    }
    return names;
  }
}

export function displayName(person: StoredPerson): string {
  switch (person.status) {
    case 'present':
      return maskName(person.record.name);
    case 'erased':
      return ERASED_NAME;
    case 'absent':
      return '';
    default:
      return assertNever(person);
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected ${JSON.stringify(value)}`);
}

function erased(volunteerId: string, person: StoredPerson): DomainError {
  // Every registered volunteer's record is held until erased: none held means no such volunteer.
  if (person.status === 'absent') {
    return new DomainError('VOLUNTEER_NOT_FOUND', `Volunteer ${volunteerId} does not exist`, 'volunteerId');
  }
  return new DomainError(
    'PERSONAL_DATA_ERASED',
    person.status === 'erased'
      ? `volunteer ${volunteerId}'s personal data was erased on ${person.erasedAt}`
      : `no personal data is held for volunteer ${volunteerId}`,
    'volunteerId',
  );
}

/** Replaces each item's name field with the masked name from the personal-data store. */
export async function withMaskedNames<T>(
  personalData: PersonalData,
  items: readonly T[],
  idOf: (item: T) => string,
  named: (item: T, name: string) => T,
): Promise<T[]> {
  const names = await personalData.maskedNames(items.map(idOf));
  return items.map((item) => named(item, names.get(idOf(item)) ?? ''));
}
