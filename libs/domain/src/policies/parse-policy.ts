import { assertUnreachable } from '../shared/errors.js';
import { ALL_OF_FIELDS, parseAllOfPolicy } from './all-of.policy.js';
import { HOURS_TIERS_BY_AGE_FIELDS, parseHoursTiersByAgePolicy } from './hours-tiers-by-age.policy.js';
import { HOURS_TIERS_FIELDS, parseHoursTiersPolicy } from './hours-tiers.policy.js';
import { JsonCursor } from './json-cursor.js';
import { POINTS_FIELDS, parsePointsPolicy } from './points.policy.js';
import { POLICY_ID, parseLocalizedText } from './policy-fields.js';
import { PROVENANCE_FIELDS, parseProvenance, type ProvenanceOptions } from './policy-sources.js';
import { POLICY_KINDS, type Policy, type PolicyHeader, type PolicyKind } from './policy.types.js';
import { SERVICE_CREDITS_FIELDS, parseServiceCreditsPolicy } from './service-credits.policy.js';

const HEADER_FIELDS = {
  required: ['id', 'version', 'effectiveFrom', 'title', 'kind'],
  optional: ['description', ...PROVENANCE_FIELDS],
};

interface KindFields {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

function kindFields(kind: PolicyKind): KindFields {
  switch (kind) {
    case 'points':
      return POINTS_FIELDS;
    case 'hours-tiers':
      return HOURS_TIERS_FIELDS;
    case 'hours-tiers-by-age':
      return HOURS_TIERS_BY_AGE_FIELDS;
    case 'service-credits':
      return SERVICE_CREDITS_FIELDS;
    case 'all-of':
      return ALL_OF_FIELDS;
    default:
      return assertUnreachable(kind);
  }
}

/**
 * Validates one policy file's parsed JSON. Strict: unknown fields are refused, so a misspelt threshold
 * cannot silently fall back to nothing. Throws PolicyValidationError naming `source` and the JSON path.
 * With `requireSources`, a policy that does not say which documents its rule comes from is refused.
 */
export function parsePolicy(json: unknown, source: string, options: ProvenanceOptions = {}): Policy {
  const root = new JsonCursor(source, json);
  const kind = root
    .object(['kind'], [...HEADER_FIELDS.required, ...HEADER_FIELDS.optional, ...allKindKeys()])
    .get('kind')
    .oneOf(POLICY_KINDS);
  const own = kindFields(kind);
  const fields = root.object(
    [...HEADER_FIELDS.required, ...own.required],
    [...HEADER_FIELDS.optional, ...own.optional],
  );
  const description = fields.optional('description');
  const header: PolicyHeader = {
    id: fields.get('id').string(POLICY_ID),
    version: fields.get('version').integer(1),
    effectiveFrom: fields.get('effectiveFrom').calendarDate(),
    title: parseLocalizedText(fields.get('title')),
    ...(description ? { description: parseLocalizedText(description) } : {}),
    ...parseProvenance(fields, options),
  };
  switch (kind) {
    case 'points':
      return parsePointsPolicy(header, fields);
    case 'hours-tiers':
      return parseHoursTiersPolicy(header, fields);
    case 'hours-tiers-by-age':
      return parseHoursTiersByAgePolicy(header, fields);
    case 'service-credits':
      return parseServiceCreditsPolicy(header, fields);
    case 'all-of':
      return parseAllOfPolicy(header, fields);
    default:
      return assertUnreachable(kind);
  }
}

/** Until the kind is known, any kind's field may appear; the kind's own check then rejects the rest. */
function allKindKeys(): string[] {
  return POLICY_KINDS.flatMap((kind) => [...kindFields(kind).required, ...kindFields(kind).optional]);
}
