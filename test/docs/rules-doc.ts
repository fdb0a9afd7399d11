import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** One row of the rules table in docs/rules.md. */
export interface RuleRow {
  readonly id: string;
  readonly rule: string;
  readonly source: string;
  readonly cite: string;
  readonly code: string;
  readonly test: string;
}

export const RULES_DOC = 'docs/rules.md';
const PLANNED = 'planned';

export function readRuleRows(doc: string): RuleRow[] {
  return doc
    .split('\n')
    .filter((line) => /^\|\s*R\d+\s*\|/.test(line))
    .map((line) => {
      const cells = line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim());
      if (cells.length !== 6)
        throw new Error(`${RULES_DOC}: a rule row needs 6 cells, got ${cells.length}: ${line}`);
      const [id = '', rule = '', source = '', cite = '', code = '', test = ''] = cells;
      return { id, rule, source, cite, code, test };
    });
}

export const isPlanned = (row: RuleRow): boolean => row.test === PLANNED;

/** The backticked repository paths of a cell (a path has a slash and an extension). */
export function pathsIn(cell: string): string[] {
  return [...cell.matchAll(/`([^`\s]+\/[^`\s]+\.[a-z]+)`/g)].map((match) => match[1] ?? '');
}

/** The backticked names of settings and constants in a cell: anything backticked that is not a path. */
export function settingsIn(cell: string): string[] {
  return [...cell.matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)].map((match) => match[1] ?? '');
}

/** `spec file` › test name. */
export function testOf(row: RuleRow): { file: string; name: string } {
  const match = /^`([^`]+)`\s*›\s*(.+)$/.exec(row.test);
  if (!match) throw new Error(`${row.id}: the test must read \`spec file\` › test name, got ${row.test}`);
  return { file: match[1] ?? '', name: (match[2] ?? '').trim() };
}

/** Whether a spec file declares a test or suite titled exactly `name` (it, test, describe, or the e2e maybe). */
export function declaresTest(spec: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const title = new RegExp(
    `(?:\\b(?:it|test|describe|maybe)(?:\\.(?:only|skip))?\\(|\\)\\()\\s*(['"\`])${escaped}\\1`,
  );
  return title.test(spec);
}

export const exists = (path: string): boolean => existsSync(path);
export const read = (path: string): string => readFileSync(path, 'utf8');
export const policyFiles = (): string[] =>
  readdirSync('policies')
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `policies/${name}`);
