import { Redis, type RedisOptions } from 'ioredis';

/** A Redis server: a `redis://` URL, ioredis options, or an ioredis instance (duplicated, never closed by us). */
export type RedisConnection = string | RedisOptions | Redis;

/**
 * A new ioredis client of our own for `connection`. BullMQ's workers need
 * `maxRetriesPerRequest: null` (a blocking read must not give up), so every client we open has it.
 */
export function openRedis(connection: RedisConnection): Redis {
  if (connection instanceof Redis) return connection.duplicate({ maxRetriesPerRequest: null });
  if (typeof connection === 'string') return new Redis(connection, { maxRetriesPerRequest: null });
  return new Redis({ ...connection, maxRetriesPerRequest: null });
}
