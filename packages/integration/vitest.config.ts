import { defineProject } from 'vitest/config';

export default defineProject({
  ssr: { resolve: { conditions: ['@imednet/source'] } },
  resolve: { conditions: ['@imednet/source'] },
  test: {
    name: 'integration',
    include: ['test/**/*.test.ts'],
  },
});
