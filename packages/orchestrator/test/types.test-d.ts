import type { Client } from '@imednet/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  executePipeline,
  type Logger,
  type Pipeline,
  resolveStudies,
  type StudyResult,
} from '../src/index.ts';

declare const client: Client;

describe('orchestrator types', () => {
  it('infers the result type from the pipeline, sync or async', () => {
    const sync = executePipeline(client, (key) => key.length);
    expectTypeOf(sync).toEqualTypeOf<Promise<Map<string, StudyResult<number>>>>();
    const async = executePipeline(client, async (key) => ({ key }));
    expectTypeOf(async).toEqualTypeOf<Promise<Map<string, StudyResult<{ key: string }>>>>();
  });

  it('gives the pipeline a client, a logger and a signal', () => {
    const pipeline: Pipeline<void> = (studyKey, c, ctx) => {
      expectTypeOf(studyKey).toBeString();
      expectTypeOf(c).toEqualTypeOf<Client>();
      expectTypeOf(ctx.logger).toEqualTypeOf<Logger>();
      expectTypeOf(ctx.signal).toEqualTypeOf<AbortSignal>();
    };
    expectTypeOf(pipeline).toBeFunction();
  });

  it('types a result and the study list', () => {
    expectTypeOf<StudyResult<number>['outcome']>().toEqualTypeOf<
      'SUCCESS' | 'FAILED' | 'CANCELLED'
    >();
    expectTypeOf<StudyResult<number>['data']>().toEqualTypeOf<number | null>();
    expectTypeOf(resolveStudies(client, { include: new Set(['A']) })).toEqualTypeOf<
      Promise<string[]>
    >();
  });
});
