import { defineProject } from 'vitest/config';

export default defineProject({
  // Sibling packages resolve to their sources in tests, so no build is needed first.
  ssr: { resolve: { conditions: ['@imednet/source'] } },
  resolve: { conditions: ['@imednet/source'] },
  test: {
    name: 'dashboard',
    // Vitest projects do not inherit the root's timeouts; CI runs every project at once on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts', 'src/**/*.test-d.ts'],
      tsconfig: './tsconfig.test.json',
    },
  },
});
