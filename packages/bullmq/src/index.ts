export { type BullmqExecutorOptions, createBullmqExecutor } from './createBullmqExecutor.ts';
export { createRedisRateLimiter, type RedisRateLimiterOptions } from './createRedisRateLimiter.ts';
export type { RedisConnection } from './internal/openRedis.ts';
export { type RunningWorker, type StartWorkerOptions, startWorker } from './startWorker.ts';
