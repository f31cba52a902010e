import { defineProject } from 'vitest/config';

export default defineProject({
  // Sibling packages resolve to their sources in tests, so no build is needed first.
  ssr: { resolve: { conditions: ['@imednet/source'] } },
  resolve: { conditions: ['@imednet/source'] },
  test: {
    name: 'cli',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The end-to-end tests run the built CLI; this builds it (and its dependencies) when stale.
    globalSetup: ['./test/globalSetup.ts'],
    // Each end-to-end test starts node processes: give them room on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts', 'src/**/*.test-d.ts'],
      tsconfig: './tsconfig.test.json',
    },
  },
});
