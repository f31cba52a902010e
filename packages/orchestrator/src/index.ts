export const PACKAGE_NAME = '@imednet/orchestrator';
