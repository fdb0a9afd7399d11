import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Records keyed by client text (ids, categories, years) never inherit from Object.prototype: they are
// built with emptyDictionary(), copied with withEntry() and read with entryOf() (libs/domain), or Maps.
const DICTIONARY_RULES = [
  {
    selector:
      'VariableDeclarator[init.type="ObjectExpression"][init.properties.length=0][id.typeAnnotation.typeAnnotation.typeName.name="Record"]',
    message: 'A record keyed by text starts as emptyDictionary() (libs/domain) or is a Map.',
  },
  {
    selector: 'ObjectExpression:has(> SpreadElement):has(> Property[computed=true])',
    message: 'Copy a dictionary with one entry set through withEntry() (libs/domain).',
  },
  {
    selector:
      'MemberExpression[computed=true][object.type="MemberExpression"][object.property.name=/^(sessions|awards|consents|certificates|eligibility|byYear|byCategory)$/]',
    message: 'Read a dictionary keyed by client text through entryOf() (libs/domain).',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'coverage/**',
      'test/infra/kafka/**',
      '*.config.js',
      'scripts/**',
      '.dependency-cruiser.cjs',
    ],
  },
  js.configs.recommended,
  { files: ['**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/testing/**'],
    rules: { 'no-restricted-syntax': ['error', ...DICTIONARY_RULES] },
  },
  {
    // DESIGN.md: time enters the domain as data, never by reading the clock.
    files: ['libs/domain/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...DICTIONARY_RULES,
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain never reads the clock: take the time from the command or a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The domain never reads the clock: take the time from the command or a parameter.',
        },
      ],
    },
  },
);
