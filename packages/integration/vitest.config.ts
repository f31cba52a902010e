import { defineProject } from 'vitest/config';

export default defineProject({
  ssr: { resolve: { conditions: ['@imednet/source'] } },
  resolve: { conditions: ['@imednet/source'] },
  test: {
    name: 'integration',
    include: ['test/**/*.test.ts'],
    // The edge tests and the child-process checks need the built dist of every package.
    globalSetup: ['test/globalSetup.ts'],
    // Local servers and child processes on a shared 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
