export const PACKAGE_NAME = '@imednet/jobs';
