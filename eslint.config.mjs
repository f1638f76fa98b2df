import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The domain stays pure: none of these may be imported from shared/src/domain (STYLE.md §1). */
const DOMAIN_FORBIDDEN = [
  { group: ['botbuilder', 'botbuilder-*', 'botframework-*'], message: 'The domain is pure: no Bot Framework.' },
  { group: ['restify', 'restify-*'], message: 'The domain is pure: no HTTP server.' },
  { group: ['@azure/*'], message: 'The domain is pure: storage lives in shared/src/storage.' },
  { group: ['react', 'react-dom', '@fluentui/*', '@microsoft/teams-js'], message: 'The domain is pure: no UI.' },
  { group: ['adaptivecards', 'adaptivecards-*'], message: 'The domain is pure: cards live in shared/src/cards.' },
  { group: ['fs', 'node:*', 'http', 'https', 'crypto', 'pino'], message: 'The domain is pure: no I/O.' },
  // `**/` so a file in a sub-folder (`../../storage/*`) is caught as well as one beside them.
  { group: ['**/storage/*', '**/cards/*', '**/app/*'], message: 'The domain depends on nothing outside it.' },
];

/** The records rules depend on the domain and the catalogue, never on storage, cards or the app. */
const RECORDS_FORBIDDEN = {
  group: ['**/storage/*', '**/cards/*', '**/app/*'],
  message: 'The records rules are pure: storage lives in shared/src/storage.',
};

/** Bot Framework stays in bot/src/transport, so a move to the Microsoft 365 Agents SDK is contained (ADR 3). */
const BOT_FRAMEWORK = {
  group: ['botbuilder', 'botbuilder-*', 'botframework-*'],
  message: 'Bot Framework is imported only in bot/src/transport (ADR 3).',
};

/** Concrete stores are wired in bot/src/composition.ts; the app and the API use the domain's interfaces. */
const CONCRETE_STORAGE = {
  group: ['@netvaerk/shared/storage/*', '**/shared/src/storage/*'],
  message: "Concrete storage is wired in bot/src/composition.ts only: use the domain's interfaces.",
};

/** The same, for shared/src/app too, whose relative path to storage is `../storage/*`. */
const CONCRETE_STORAGE_ANYWHERE = { ...CONCRETE_STORAGE, group: [...CONCRETE_STORAGE.group, '../storage/*'] };

/** The tab talks to the server over HTTP; what both need lives in shared (shared/src/api for the DTOs). */
const TAB_FORBIDDEN = [
  {
    group: ['**/bot/**', '@netvaerk/bot', '@netvaerk/bot/*'],
    message: 'The tab may not import the server: use shared/src/api.',
  },
  BOT_FRAMEWORK,
  { group: ['restify', '@azure/*', 'pino'], message: 'Server-side packages stay on the server.' },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', '.data/**', 'devTools/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['bot/src/**/*.ts', 'shared/src/**/*.ts'],
    ignores: ['bot/src/transport/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [BOT_FRAMEWORK] }] },
  },
  {
    // Everywhere in the bot but the composition root (transport included), and in shared's application layer.
    files: ['bot/src/**/*.ts', 'shared/src/app/**/*.ts'],
    // Specs wire in-memory stores on purpose.
    ignores: ['bot/src/composition.ts', 'bot/src/transport/**', '**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [BOT_FRAMEWORK, CONCRETE_STORAGE_ANYWHERE] }] },
  },
  {
    files: ['bot/src/transport/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CONCRETE_STORAGE_ANYWHERE] }] },
  },
  {
    files: ['tab/src/**/*.ts', 'tab/src/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: TAB_FORBIDDEN }] },
  },
  {
    files: ['shared/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: DOMAIN_FORBIDDEN }],
      // Date arithmetic is pure; reading the clock is not.
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use the injected Clock.' },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Use the injected Clock.',
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the injected IdGenerator.' },
        { object: 'process', property: 'env', message: 'Config is parsed once, outside the domain.' },
      ],
    },
  },
  {
    // The case record, person tracing and retention rules are pure like the domain (storage does the I/O).
    files: ['shared/src/records/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...DOMAIN_FORBIDDEN.slice(0, -1), RECORDS_FORBIDDEN] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
