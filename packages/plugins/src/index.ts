export const PACKAGE_NAME = '@imednet/plugins';
