export const PACKAGE_NAME = '@imednet/export';
