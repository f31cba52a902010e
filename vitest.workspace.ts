// The list of vitest projects: one per package. Vitest 4 no longer reads this file on its
// own, so vitest.config.ts imports it into `test.projects`.
export default [
  'packages/core',
  'packages/resources',
  'packages/jobs',
  'packages/orchestrator',
  'packages/plugins',
  'packages/workflows',
  'packages/sandbox',
  'packages/export',
  'packages/sync',
  'packages/dashboard',
  'packages/codegen',
  'packages/cli',
  'packages/bullmq',
  'packages/integration',
];
