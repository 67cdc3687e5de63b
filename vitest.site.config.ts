import { defineConfig } from 'vitest/config';

// Checks over the built sites (`npm test` builds them first and names them in HOCSO_TEST_DIST and
// HOCSO_TEST_SUBPATH_DIST): the Nu HTML checker, `_headers`, canonical and hreflang links, base
// paths, and `npm run workshop` serving a build.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
