import { maskBirthDate, maskIdentityNumber, maskName, maskPhone } from './masking.js';
import { type MaskedPersonalRecord, type PersonalRecord } from './personal-record.js';

export function maskRecord(record: PersonalRecord): MaskedPersonalRecord {
  return {
    name: maskName(record.name),
    birthDate: maskBirthDate(record.birthDate),
    phone: record.phone === null ? null : maskPhone(record.phone),
    identityNumber: record.identityNumber === null ? null : maskIdentityNumber(record.identityNumber),
    guardian:
      record.guardian === null
        ? null
        : {
            name: maskName(record.guardian.name),
            phone: maskPhone(record.guardian.phone),
            relation: record.guardian.relation,
          },
  };
}
