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
    },
  }),
);
