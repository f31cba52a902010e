import { expect, test } from 'vitest';
import { PACKAGE_NAME } from '../src/index.ts';

test('package name', () => {
  expect(PACKAGE_NAME).toBe('@imednet/core');
});
