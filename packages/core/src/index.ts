export const PACKAGE_NAME = '@imednet/core';
