import { assertUnreachable } from '../shared/errors.js';
import { LEAGUE_STATUSES, type LeagueStatus } from '../volunteer/volunteer.events.js';
import { type JsonCursor } from './json-cursor.js';
import { POLICY_ID, parseCategories, parseDurationMinutes } from './policy-fields.js';
import { type PolicyCondition, type PolicyConditionType } from './policy.types.js';
import { parseWindow } from './service-window.js';

const CONDITION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** The fields each condition type takes besides `name` and `type`. */
const CONDITION_FIELDS: Record<PolicyConditionType, { required: string[]; optional: string[] }> = {
  age: { required: [], optional: ['minAge', 'maxAge'] },
  'league-status': { required: [], optional: ['in', 'notIn'] },
  hours: { required: ['window'], optional: ['categories', 'hours', 'minutes'] },
  points: { required: ['pointsPolicyId', 'minimum'], optional: [] },
};
const CONDITION_TYPES = Object.keys(CONDITION_FIELDS) as PolicyConditionType[];

export function parseCondition(cursor: JsonCursor): PolicyCondition {
  const anyField = Object.values(CONDITION_FIELDS).flatMap(({ required, optional }) => [
    ...required,
    ...optional,
  ]);
  const type = cursor.object(['name', 'type'], anyField).get('type').oneOf(CONDITION_TYPES);
  const name = cursor.child('name').string(CONDITION_NAME);
  const own = CONDITION_FIELDS[type];
  const fields = cursor.object(['name', 'type', ...own.required], own.optional);
  switch (type) {
    case 'age': {
      const minAge = fields.optional('minAge')?.integer(0, 150) ?? null;
      const maxAge = fields.optional('maxAge')?.integer(minAge ?? 0, 150) ?? null;
      if (minAge === null && maxAge === null) fields.get('minAge').fail('give minAge, maxAge or both');
      return { name, type, minAge, maxAge };
    }
    case 'league-status': {
      const inList = fields.optional('in');
      const notIn = fields.optional('notIn');
      if (inList && notIn) notIn.fail('give either in or notIn, not both');
      if (inList) return { name, type, in: statuses(inList) };
      if (notIn) return { name, type, notIn: statuses(notIn) };
      return fields.get('in').fail('is required (or notIn)');
    }
    case 'hours':
      return {
        name,
        type,
        window: parseWindow(fields.get('window')),
        ...parseCategories(fields),
        minutes: parseDurationMinutes(fields),
      };
    case 'points':
      return {
        name,
        type,
        pointsPolicyId: fields.get('pointsPolicyId').string(POLICY_ID),
        minimum: fields.get('minimum').hundredths(false),
      };
    default:
      return assertUnreachable(type);
  }
}

function statuses(cursor: JsonCursor): LeagueStatus[] {
  return cursor.array(1).map((item) => item.oneOf(LEAGUE_STATUSES));
}
