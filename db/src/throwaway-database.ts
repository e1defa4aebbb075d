import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** A new, empty database on a PostgreSQL server, for a test file or a benchmark, and how to drop it. */
export interface ThrowawayDatabase {
  url: string;
  /** Drops it once its connections are closed. */
  drop(): Promise<void>;
}

export async function createThrowawayDatabase(serverUrl: string, prefix: string): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      // Pools finish hanging up after their end() resolves; killing those sessions would surface as errors in their owner.
      // Background workers (TimescaleDB's job scheduler of this database) never hang up by themselves: FORCE ends them.
      for (let attempt = 0; attempt < 50; attempt += 1) {
        const { rows } = await cleanup.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'", [name]);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
