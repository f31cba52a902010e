import { defineConfig } from 'vitest/config';
import projects from './vitest.workspace.ts';

export default defineConfig({
  test: {
    projects,
    // Tests talk only to 127.0.0.1; give slow integration suites room on 2-core machines.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
