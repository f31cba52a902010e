import type { Client } from '@imednet/core';
import type { Workflows } from '@imednet/workflows';
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

test('a specifier gives the general namespace', () => {
  expectTypeOf(loadWorkflows(client, '@acme/plugin')).resolves.toEqualTypeOf<WorkflowsNamespace>();
});

test('nothing gives the default plugin, typed as @imednet/workflows', async () => {
  expectTypeOf(loadWorkflows(client)).resolves.toEqualTypeOf<Workflows>();
  const workflows = await loadWorkflows(client);
  expectTypeOf(workflows.queryManagement.getOpenQueries('STUDY-1')).resolves.toBeArray();
  expectTypeOf(workflows.queryManagement.getOpenQueries('STUDY-1')).resolves.items.toHaveProperty(
    'annotationId',
  );
  // @ts-expect-error a study key is a string
  workflows.queryManagement.getOpenQueries(123);
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
  const ns = await loadWorkflows(client, '@acme/plugin');
  expectTypeOf(ns.queryManagement.getOpenQueries?.('STUDY-1')).toEqualTypeOf<unknown>();
});
