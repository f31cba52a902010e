import type { Client } from '@imednet/core';
import type { PluginFactory, WorkflowsNamespace } from '@imednet/plugins';
import { loadWorkflows } from '@imednet/plugins';
import type { EdcRecord } from '@imednet/resources';
import { expectTypeOf, test } from 'vitest';
import { createWorkflows, type Row, type Workflows } from '../src/index.ts';

declare const client: Client;

test('createWorkflows is a plugin factory and its result a namespace', () => {
  expectTypeOf(createWorkflows).toMatchTypeOf<PluginFactory<Workflows>>();
  expectTypeOf<Workflows>().toMatchTypeOf<WorkflowsNamespace>();
  expectTypeOf(loadWorkflows(client, createWorkflows)).resolves.toEqualTypeOf<Workflows>();
});

test('bound members keep the plain functions parameters after the client', () => {
  const ns = createWorkflows(client);
  expectTypeOf(ns.dataExtraction.extractRecords).parameter(0).toEqualTypeOf<string>();
  expectTypeOf(ns.dataExtraction.extractRecords).returns.toEqualTypeOf<AsyncGenerator<EdcRecord>>();
  expectTypeOf(ns.recordMapper.openRecordTable('S'))
    .resolves.toHaveProperty('rows')
    .toEqualTypeOf<AsyncIterable<Row>>();
  expectTypeOf(ns.recordMapper.iterateRecordRows('S')).toEqualTypeOf<AsyncGenerator<Row>>();
  expectTypeOf(ns.recordMapper.listRecordRows('S')).toEqualTypeOf<Promise<Row[]>>();
  expectTypeOf(ns.recordMapper.iterateLongRows('S')).toEqualTypeOf<AsyncGenerator<Row>>();
});
