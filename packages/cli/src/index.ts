export const PACKAGE_NAME = '@imednet/cli';
