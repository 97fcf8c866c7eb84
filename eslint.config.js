// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const frameworks = [
  '@mikro-orm/*',
  'type-graphql',
  'graphql',
  'graphql-*',
  '@apollo/*',
  'express',
  'stripe',
  'react',
  'react-*',
  'urql',
  '@urql/*',
  'pg',
  'better-sqlite3',
  'ioredis',
  'pino',
];

const ENV_MESSAGE =
  'Read the environment only in an env file (apps/api/src/config/env.ts, packages/db/src/cli/env.ts).';

const noSandbox = {
  group: ['@cora/stripe-sandbox'],
  message: 'Production code reaches Stripe through base URLs, never the sandbox.',
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/.bench-dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/data/**',
      'apps/admin/src/gql/**',
      '**/*.config.js',
      '**/*.config.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': 'error',
      // MikroORM's entity types brand enum columns (Opt<…>), which this rule cannot follow.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@cora/*'], message: 'packages/core imports nothing of ours.' },
            { group: frameworks, message: 'packages/core is pure: no framework imports.' },
            { group: ['node:*', 'fs', 'http', 'net'], message: 'packages/core does no I/O.' },
          ],
        },
      ],
    },
  },
  {
    // The layout's promise: the console talks to the API over GraphQL only.
    files: ['apps/admin/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@cora/api', '@cora/api/*', '@cora/db', '@cora/db/*'],
              message: 'The console reaches the API over GraphQL, never its or the db source.',
            },
            {
              // admin/src has no folder named api or db, so a climb to one leaves the app.
              regex: '^(\\.\\./)+(apps/api|packages/db|api|db)(/|$)',
              message: 'The console reaches the API over GraphQL, never its or the db source.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/stripe-sandbox/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@cora/*'],
              message: 'The sandbox stands in for Stripe: it knows nothing of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    // The environment is read once, in each workspace's env file; entry points hand it over.
    files: ['apps/*/src/**/*.{ts,tsx}', 'packages/*/src/**/*.ts'],
    ignores: [
      'apps/api/src/config/env.ts',
      'packages/db/src/cli/env.ts',
      // The demo entry point adds its defaults to the environment before parsing it.
      'apps/api/src/demo.ts',
    ],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: ENV_MESSAGE },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ImportDeclaration[source.value=/^(node:)?process$/] > ImportSpecifier[imported.name='env']",
          message: ENV_MESSAGE,
        },
      ],
    },
  },
  {
    files: ['packages/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@cora/api', '@cora/admin', '@cora/stripe-sandbox'],
              message: 'packages/db depends on packages/core only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/demo.ts', 'apps/api/src/demo/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noSandbox] }] },
  },
  {
    // Beneath the feature modules: nothing here reaches up into a module or the wiring.
    files: ['apps/api/src/{auth,config,errors,graphql,http,pubsub,security}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noSandbox,
            {
              group: ['**/modules/**', '**/app/**'],
              message: 'Shared helpers sit beneath the modules; app/ wires, nothing imports it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noSandbox,
            {
              group: ['**/app/**'],
              message: 'Modules get what they use from app/, they never import it.',
            },
          ],
        },
      ],
    },
  },
);
