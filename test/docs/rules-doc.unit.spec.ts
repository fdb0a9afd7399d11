import {
  declaresTest,
  exists,
  isPlanned,
  pathsIn,
  policyFiles,
  read,
  readRuleRows,
  RULES_DOC,
  settingsIn,
  testOf,
  type RuleRow,
} from './rules-doc.js';

// docs/rules.md is checked against the code so that it cannot go stale: a renamed test, a moved file, a new
// policy file or a new tolerance constant fails here until the page says so.

const doc = read(RULES_DOC);
const rows = readRuleRows(doc);
const enforced = rows.filter((row) => !isPlanned(row));
const byId = (rowsOf: readonly RuleRow[]) => rowsOf.map((row) => [row.id, row] as const);
/** Where settings read from the environment are declared. */
const CONFIG = 'libs/config/src/config.ts';

describe('docs/rules.md', () => {
  it('lists the rules under unique ids, most of them enforced', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    expect(enforced.length).toBeGreaterThan(rows.length / 2);
  });

  it.each(byId(enforced))('%s names code that exists', (_, row) => {
    const paths = pathsIn(row.code);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !exists(path))).toEqual([]);
  });

  it.each(byId(enforced))('%s names a test that exists under that name and cites the source', (_, row) => {
    const { file, name } = testOf(row);
    expect(exists(file)).toBe(true);
    expect(file).toMatch(/\.(unit|int|e2e)\.spec\.ts$/);
    expect([file, name, declaresTest(read(file), name)]).toEqual([file, name, true]);
    expect(row.cite).not.toBe('');
    expect(name).toContain(row.cite);
  });

  it.each(byId(rows.filter(isPlanned)))('%s, planned, says so in code, test and cite alike', (_, row) => {
    expect([row.code, row.test, row.cite]).toEqual(['planned', 'planned', 'planned']);
    expect(row.source).not.toBe('');
  });

  it.each(byId(rows.filter((row) => /product choice/i.test(row.source))))(
    '%s, a product choice, names the setting that changes it, and the setting exists',
    (_, row) => {
      expect(row.source).toMatch(/Setting: /);
      const files = [...pathsIn(row.code), ...pathsIn(row.source), CONFIG].filter(exists).map(read);
      for (const setting of settingsIn(row.source)) {
        expect([setting, files.some((text) => text.includes(setting))]).toEqual([setting, true]);
      }
    },
  );

  it('lists every policy file among the rules it decides', () => {
    const listed = new Set(enforced.flatMap((row) => pathsIn(row.code)));
    expect(policyFiles().filter((file) => !listed.has(file))).toEqual([]);
  });

  it.each([
    ['libs/domain/src/volunteer/hour-rules.ts', /export const ([A-Z][A-Z0-9_]+) =/g],
    ['libs/domain/src/activity/activity.decider.ts', /export const ([A-Z][A-Z0-9_]*_(?:MS|LIMIT)) =/g],
  ])('names every tolerance and limit %s declares', (file, declaration) => {
    const constants = [...read(file).matchAll(declaration)].map((match) => match[1]);
    expect(constants.length).toBeGreaterThan(0);
    expect(constants.filter((constant) => !doc.includes(`\`${constant}\``))).toEqual([]);
  });

  it('refuses a stale row: a missing test name, a moved file, a test that does not cite', () => {
    const row = rows.find((candidate) => candidate.id === 'R19');
    if (!row) throw new Error('R19 is missing');
    const { file, name } = testOf(row);
    expect(declaresTest(read(file), `${name} (renamed)`)).toBe(false);
    expect(declaresTest(`it('${name}', () => {})`, name)).toBe(true);
    expect(declaresTest(`it('x ${name}', () => {})`, name)).toBe(false);
    expect(exists(file.replace('.unit.spec.ts', '.moved.spec.ts'))).toBe(false);
    const [stale] = readRuleRows(
      `| R99 | rule | source | 谁记录谁证明 | \`a/b.ts\` | \`${file}\` › only the organising subtree confirms |`,
    );
    expect(stale && testOf(stale)).toEqual({ file, name: 'only the organising subtree confirms' });
  });
});
