import type { PipelineRef } from '@imednet/orchestrator';

/** The data of one study's job in Redis. It never holds a key: workers bring their own client. */
export interface StudyJobData {
  runId: string;
  studyKey: string;
  pipeline: PipelineRef;
  studyTimeout: number | null;
  /** The producer's client rate, shared by every worker through one bucket in Redis. */
  rateLimit: { requestsPerSecond: number; burst: number } | null;
}

/** The pub/sub channel on which a producer tells the workers to stop a run's studies. */
export const cancelChannel = (prefix: string, queueName: string): string =>
  `${prefix}:${queueName}:cancel`;

/** The Redis key of a queue's shared API rate bucket. */
export const rateKey = (prefix: string, queueName: string): string =>
  `${prefix}:${queueName}:api-rate`;

/** What a producer publishes on {@link cancelChannel}. */
export interface CancelMessage {
  runId: string;
  reason: string;
}

export const DEFAULT_PREFIX = 'imednet';
