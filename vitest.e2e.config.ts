// End-to-end tests: the built extension in a real headless Chromium (see tests/e2e/harness.ts).
//   npm run build:e2e && npx vitest run -c vitest.e2e.config.ts
// Browsers are launched one at a time: a single worker, files never in parallel.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    // Console output (the timing table, skip banners) is part of the report.
    silent: false,
  },
});
