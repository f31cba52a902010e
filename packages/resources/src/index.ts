export const PACKAGE_NAME = '@imednet/resources';
