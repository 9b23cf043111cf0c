import { defineConfig } from 'vitest/config';

// TZ is pinned so date parsing and date parts are deterministic (Plot/arquero practice).
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' },
    env: { TZ: 'UTC' },
  },
});
