export const PACKAGE_NAME = '@imednet/sandbox';
