import { computed, reactive, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Problem } from '../api/client';
import type { RuleMessage } from './registration-rules';

export interface ProblemLine {
  readonly field: string;
  readonly label: string;
  readonly message: string;
}

/**
 * A form's refusals in the page's language, by field: the form's own checks first, then the problem detail
 * the API answered. `labels` names each field's label key; `aliases` maps the API's field names onto the
 * form's (the API names a nested field `guardian.name`, a duplicate volunteer `volunteerId`).
 */
export function useFormProblems(
  problem: ComputedRef<Problem | undefined> | { readonly value: Problem | undefined },
  labels: Record<string, string>,
  aliases: Record<string, string> = {},
) {
  const { t, te } = useI18n();
  const local = reactive(new Map<string, { rule: RuleMessage; max?: number }>());

  function codeMessage(code: string): string {
    if (te(`organizations.problems.${code}`)) return t(`organizations.problems.${code}`);
    if (te(`problem.codes.${code}`)) return t(`problem.codes.${code}`);
    return t('organizations.messages.invalid');
  }

  function fieldOf(apiField: string): string {
    if (aliases[apiField]) return aliases[apiField];
    if (labels[apiField]) return apiField;
    // A nested field the form shows as one: guardian.phone → guardian (when only that is labelled).
    const head = apiField.split('.')[0] ?? apiField;
    return aliases[head] ?? head;
  }

  const server = computed(() => {
    const found = new Map<string, string>();
    const current = problem.value;
    if (!current || current.code === 'NETWORK') return found;
    const message =
      current.code === 'VALIDATION_FAILED' ? t('organizations.messages.invalid') : codeMessage(current.code);
    const errors = 'errors' in current ? (current.errors ?? []) : [];
    for (const error of errors) found.set(fieldOf(error.field), message);
    if ('field' in current && current.field && !found.size) found.set(fieldOf(current.field), message);
    return found;
  });

  function error(field: string): string {
    const mine = local.get(field);
    if (mine) return t(`organizations.messages.${mine.rule}`, { max: mine.max ?? 0 });
    return server.value.get(field) ?? '';
  }

  /** Every field at fault with its label, and the problem's heading, for the summary above the button. */
  const lines = computed<ProblemLine[]>(() => {
    const fields = new Set([...local.keys(), ...server.value.keys()]);
    return [...fields].map((field) => ({
      field,
      label: labels[field] ? t(labels[field]) : field,
      message: error(field),
    }));
  });

  const heading = computed(() => {
    const current = problem.value;
    // With fields to name, the lines say what is wrong; without, the problem's own message does.
    if (lines.value.length > 0 || !current) return t('organizations.problems.heading');
    return codeMessage(current.code);
  });

  /** Runs the form's checks: true when none fails. */
  function check(rules: Record<string, RuleMessage | undefined>, max: Record<string, number> = {}): boolean {
    local.clear();
    for (const [field, rule] of Object.entries(rules)) {
      if (rule) local.set(field, { rule, ...(max[field] !== undefined ? { max: max[field] } : {}) });
    }
    return local.size === 0;
  }

  function clear(field?: string): void {
    if (field === undefined) local.clear();
    else local.delete(field);
  }

  return { error, lines, heading, check, clear, failed: computed(() => lines.value.length > 0) };
}

export type FormProblemsOf = ReturnType<typeof useFormProblems>;
