import type { Client } from '@imednet/core';
import { expectTypeOf, test } from 'vitest';
import { definePlugin, loadWorkflows, type WorkflowsNamespace } from '../src/index.ts';

declare const client: Client;

const plugin = definePlugin((c: Client) => {
  const m = { ping: (n: number) => n + 1 };
  return {
    dataExtraction: m,
    queryManagement: m,
    recordMapper: m,
    recordUpdate: m,
    subjectData: m,
    reports: { total: () => c },
  };
});

test('a factory keeps its precise namespace type', () => {
  expectTypeOf(loadWorkflows(client, plugin)).resolves.toHaveProperty('reports');
  expectTypeOf(loadWorkflows(client, plugin)).resolves.toMatchTypeOf<WorkflowsNamespace>();
});

test('a specifier or nothing gives the general namespace', () => {
  expectTypeOf(loadWorkflows(client)).resolves.toEqualTypeOf<WorkflowsNamespace>();
  expectTypeOf(loadWorkflows(client, '@acme/plugin')).resolves.toEqualTypeOf<WorkflowsNamespace>();
});

test('a namespace without a member does not fit', () => {
  // @ts-expect-error subjectData is missing
  definePlugin(() => ({
    dataExtraction: {},
    queryManagement: {},
    recordMapper: {},
    recordUpdate: {},
  }));
});

test('members of the general namespace can be called', async () => {
  const ns = await loadWorkflows(client);
  expectTypeOf(ns.queryManagement.getOpenQueries?.('STUDY-1')).toEqualTypeOf<unknown>();
});
