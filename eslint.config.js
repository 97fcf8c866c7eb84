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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@cora/stripe-sandbox'],
              message: 'Production code reaches Stripe through base URLs, never the sandbox.',
            },
          ],
        },
      ],
    },
  },
);
