export const PACKAGE_NAME = '@imednet/workflows';
