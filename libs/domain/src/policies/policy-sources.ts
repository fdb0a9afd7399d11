import { type JsonObject } from './json-cursor.js';
import { parseLocalizedText } from './policy-fields.js';
import { type LocalizedText, type PolicySource } from './policy.types.js';

/** A published page an auditor can open; anything else is not a link. */
const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/;

export interface ProvenanceOptions {
  /**
   * Refuse a policy that does not name where its rule comes from. The loader of a deployment's policy
   * files sets it: an award or a credit must be defensible by the document behind it.
   */
  readonly requireSources?: boolean;
}

export interface Provenance {
  readonly sources?: readonly PolicySource[];
  readonly rationale?: LocalizedText;
}

export const PROVENANCE_FIELDS = ['sources', 'rationale'] as const;

/** `sources` (the documents behind the rule) and `rationale` (why these figures), checked like the rest. */
export function parseProvenance(fields: JsonObject, options: ProvenanceOptions = {}): Provenance {
  const sourcesCursor = fields.optional('sources');
  const rationaleCursor = fields.optional('rationale');
  if (options.requireSources) {
    if (!sourcesCursor) {
      fields
        .get('sources')
        .fail(
          'is required: name the documents this rule comes from, each with title, issuer and year ' +
            '(and section and url where known)',
        );
    }
    if (!rationaleCursor) {
      fields.get('rationale').fail('is required: say in a sentence, { "zh": …, "en": … }, why these figures');
    }
  }
  const sources = sourcesCursor?.array(1).map((item): PolicySource => {
    const source = item.object(['title', 'issuer', 'year'], ['section', 'url', 'note']);
    const section = source.optional('section')?.string();
    const url = source.optional('url');
    const note = source.optional('note')?.string();
    return {
      title: source.get('title').string(),
      issuer: source.get('issuer').string(),
      year: source.get('year').integer(1900, 2100),
      ...(section === undefined ? {} : { section }),
      ...(url === undefined ? {} : { url: url.string(WEB_ADDRESS) }),
      ...(note === undefined ? {} : { note }),
    };
  });
  return {
    ...(sources === undefined ? {} : { sources }),
    ...(rationaleCursor === undefined ? {} : { rationale: parseLocalizedText(rationaleCursor) }),
  };
}

/** One line naming a source, as an export or a printed answer shows it. */
export function formatPolicySource(source: PolicySource): string {
  const where = [source.issuer, String(source.year), ...(source.section ? [source.section] : [])].join(', ');
  return `${source.title} (${where})${source.url ? ` ${source.url}` : ''}`;
}
