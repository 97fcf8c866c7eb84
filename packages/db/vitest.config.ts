import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // SQLite files and PostgreSQL schemas are per test file; run files one at a time.
    fileParallelism: false,
  },
});
