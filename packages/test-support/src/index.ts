export { api } from './api.ts';
export { envelope, type TestPagination } from './envelope.ts';
export { type Answer, createFakeApi, type Seen } from './fakeApi.ts';
export { collect, rejection } from './promises.ts';
export { API_KEY, BASE, ORIGIN, SECURITY_KEY, testClient } from './testClient.ts';
export { useNock } from './useNock.ts';
