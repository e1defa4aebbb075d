import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from './database.ts';

/** A new, empty database on a PostgreSQL server, for a test file or a benchmark, and how to drop it. */
export interface ThrowawayDatabase {
  url: string;
  /** Drops it once its connections are closed. */
  drop(): Promise<void>;
}

const urlOf = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

async function withAdmin<T>(serverUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Drops a database once its client sessions have hung up. */
async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, async (cleanup) => {
    if ((await cleanup.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 0) return;
    // Pools finish hanging up after their end() resolves; killing those sessions would surface as errors in their owner.
    // Background workers (TimescaleDB's job scheduler of this database) never hang up by themselves: FORCE ends them.
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const { rows } = await cleanup.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'", [name]);
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await cleanup.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE false`);
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

/**
 * A template a test database is copied from instead of starting empty:
 * `key` names what `prepare` puts in it (a fingerprint of the migrations it
 * applies), so a template is built once per server (or machine, for the
 * embedded database) and key, by whichever process asks first, and reused
 * by every later one.
 */
export interface DatabaseTemplate {
  key: string;
  prepare(database: Database): Promise<void>;
}

async function ensureTemplate(serverUrl: string, prefix: string, template: DatabaseTemplate): Promise<string> {
  const name = `${prefix}_template_${template.key}`;
  const exists = async (admin: pg.Client) => (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  if (await withAdmin(serverUrl, exists)) return name;
  await withAdmin(serverUrl, async (admin) => {
    // Test files start in parallel processes: one builds, the others wait for it and find it built.
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      if (await exists(admin)) return;
      const building = `${name}_building`;
      await dropDatabase(serverUrl, building);
      await admin.query(`CREATE DATABASE ${building}`);
      const database = await openDatabase({ url: urlOf(serverUrl, building) });
      try {
        await template.prepare(database);
      } finally {
        await database.close();
      }
      // A copy needs its template without sessions. TimescaleDB's launcher runs a job scheduler in every database that
      // allows connections: closed to them, the template keeps none once the current one is ended.
      await admin.query(`ALTER DATABASE ${building} WITH ALLOW_CONNECTIONS false`);
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const { rows } = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [building]);
        if (rows.length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
      await admin.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
  return name;
}

export async function createThrowawayDatabase(serverUrl: string, prefix: string, template?: DatabaseTemplate): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const source = template ? await ensureTemplate(serverUrl, prefix, template) : null;
  await withAdmin(serverUrl, (admin) => admin.query(source ? `CREATE DATABASE ${name} TEMPLATE ${source}` : `CREATE DATABASE ${name}`));
  return { url: urlOf(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}
