import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Integration tests build small fixture sites; give them room on 2-core machines.
    testTimeout: 120_000,
  },
});
