import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

// Through Astro's Vite config, so unit tests can render .astro components (the container API).
export default getViteConfig(
  defineConfig({
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
      environment: 'node',
      // Integration tests build small fixture sites; give them room on 2-core machines.
      testTimeout: 120_000,
      // One test file per core. Vitest's default leaves one core free, which on a 2-core machine
      // runs the files one at a time while the integration tests mostly wait on child builds.
      maxWorkers: availableParallelism(),
      // `--coverage` (as `npm test` runs it): how much of the pure logic the unit tests reach. Only
      // src/lib/ is measured; the elements and pages are the browser tests' ground.
      coverage: {
        provider: 'v8',
        include: ['src/lib/**/*.ts'],
        reporter: ['text-summary', 'text', ['json-summary', { file: 'coverage-summary.json' }]],
        reportsDirectory: '.cache/test-reports/coverage',
      },
    },
  }),
);
