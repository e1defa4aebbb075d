import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type { EntityManager } from '@plexus/db';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * What the telemetry store is built on, learnt once per ORM: a TimescaleDB
 * hypertable, or native daily partitions the program creates (the days known
 * to exist are remembered so ingest asks for each day once).
 */
export interface TelemetryStorage {
  timescale: boolean;
  knownPartitionDays: Set<number>;
  /** Where raw COPY goes: the embedded cluster itself, or a small pool of its own on a server (the ORM has no COPY). */
  copyTarget: { pglite: PGlite } | { pool: pg.Pool };
}

const storageByDriver = new WeakMap<object, Promise<TelemetryStorage>>();

export function telemetryStorage(em: EntityManager): Promise<TelemetryStorage> {
  const driver = em.getDriver();
  let storage = storageByDriver.get(driver);
  if (!storage) {
    storage = execute<{ timescale: boolean }>(em, "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') AS timescale").then(
      ([row]) => ({ timescale: row!.timescale, knownPartitionDays: new Set<number>(), copyTarget: copyTargetOf(em) }),
    );
    storageByDriver.set(driver, storage);
  }
  return storage;
}

export function execute<Row>(em: EntityManager, sql: string, params: unknown[] = []): Promise<Row[]> {
  return em.getConnection().execute<Row[]>(sql, params, 'all', em.getTransactionContext());
}

export const dayMs = 86_400_000;

/** A PostgreSQL array literal of values that need no quoting (UUIDs, metric names, ISO times, numbers), built without per-element escaping because ingest sends millions. */
export function plainArrayLiteral(values: readonly (string | number)[]): string {
  return `{${values.join(',')}}`;
}

/** Makes sure the daily partitions of these UTC days (epoch days) exist; a no-op on TimescaleDB, which creates chunks itself. */
export async function ensurePartitions(em: EntityManager, storage: TelemetryStorage, epochDays: Iterable<number>): Promise<void> {
  if (storage.timescale) return;
  const missing = [...epochDays].filter((day) => !storage.knownPartitionDays.has(day));
  if (missing.length === 0) return;
  await execute(em, 'SELECT analytics.ensure_machine_telemetry_partitions(?::date[])', [
    plainArrayLiteral(missing.map((day) => new Date(day * dayMs).toISOString().slice(0, 10))),
  ]);
  for (const day of missing) storage.knownPartitionDays.add(day);
}

function copyTargetOf(em: EntityManager): TelemetryStorage['copyTarget'] {
  const pglite = (em.config.get('driverOptions') as { pglite?: PGlite } | undefined)?.pglite;
  if (pglite) return { pglite };
  const driverOptions = em.config.get('driverOptions') as { options?: string } | undefined;
  // Idle connections hang up after a second and never hold the process open: ingest comes in bursts.
  return { pool: new pg.Pool({ connectionString: em.config.get('clientUrl'), options: driverOptions?.options, max: 2, idleTimeoutMillis: 1000, allowExitOnIdle: true }) };
}

export interface ReadingRows {
  /** One `time,machine_id,metric,value` line per reading; validated values need no CSV quoting. */
  csv: string;
  firstTime: string;
  lastTime: string;
}

const copySql = 'COPY analytics.machine_telemetry (time, machine_id, metric, value) FROM STDIN WITH (FORMAT csv)';

/**
 * Raw COPY of readings: PostgreSQL writes COPY rows in pages at a time, about
 * twice as fast as INSERT … SELECT, so this is how new readings go in. It is
 * all or nothing: one duplicate fails it with a unique violation and the
 * caller inserts the batch skipping duplicates instead. Without TimescaleDB,
 * readings behind the rollup watermark are logged for the next refresh;
 * reading the watermark FOR SHARE in the same transaction orders the copy
 * against a refresh moving it, so no reading falls between the two.
 */
export async function copyReadings(storage: TelemetryStorage, rows: ReadingRows): Promise<number> {
  if ('pglite' in storage.copyTarget) {
    // The embedded database always has TimescaleDB, which tracks late readings itself.
    const result = await storage.copyTarget.pglite.query(copySql.replace('STDIN', "'/dev/blob'"), [], { blob: new Blob([rows.csv]) });
    return result.affectedRows ?? 0;
  }
  const client = await storage.copyTarget.pool.connect();
  try {
    await client.query('BEGIN');
    const late = storage.timescale
      ? false
      : (await client.query<{ late: boolean }>('SELECT $1::timestamptz < hourly_watermark AS late FROM analytics.machine_telemetry_rollup_state FOR SHARE', [rows.firstTime])).rows[0]!.late;
    const copy = client.query(copyFrom(copySql));
    await pipeline(Readable.from([rows.csv]), copy);
    if (late) await client.query('INSERT INTO analytics.machine_telemetry_invalidation (first_time, last_time) VALUES ($1, $2)', [rows.firstTime, rows.lastTime]);
    await client.query('COMMIT');
    return copy.rowCount;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
