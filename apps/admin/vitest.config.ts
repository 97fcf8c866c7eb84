import { createRequire } from 'node:module';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.js';

const require = createRequire(import.meta.url);

export default mergeConfig(
  viteConfig,
  defineConfig({
    resolve: {
      // One copy of graphql in tests, or "Cannot use GraphQLSchema from another module or realm".
      alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
    },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'jsdom',
            include: ['test/**/*.test.ts'],
            setupFiles: ['test/support/setup.ts'],
            testTimeout: 15_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['e2e/**/*.e2e.test.ts'],
            globalSetup: ['e2e/support/global-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
