import { databaseOf, execute, type Database, type EntityManager } from '@plexus/db';

/**
 * What the telemetry store is built on, learnt once per ORM: a TimescaleDB
 * hypertable, or native daily partitions the program creates (the days known
 * to exist are remembered so ingest asks for each day once).
 */
export interface TelemetryStorage {
  timescale: boolean;
  knownPartitionDays: Set<number>;
  /** Where raw COPY goes (the ORM has no COPY). */
  database: Database;
}

const storageByDatabase = new WeakMap<Database, TelemetryStorage>();

export function telemetryStorage(em: EntityManager): TelemetryStorage {
  const database = databaseOf(em);
  let storage = storageByDatabase.get(database);
  if (!storage) {
    storage = { timescale: database.timescale, knownPartitionDays: new Set<number>(), database };
    storageByDatabase.set(database, storage);
  }
  return storage;
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

export interface ReadingRows {
  /** One `time,machine_id,metric,value` line per reading; validated values need no CSV quoting. */
  csv: string;
  firstTime: string;
  lastTime: string;
}

const table = 'analytics.machine_telemetry';
const columns = ['time', 'machine_id', 'metric', 'value'];

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
  // TimescaleDB tracks late readings itself.
  if (storage.timescale) return storage.database.copyRows(table, columns, rows.csv);
  return storage.database.transaction(async (session) => {
    const [watermark] = await session.query<{ late: boolean }>('SELECT $1::timestamptz < hourly_watermark AS late FROM analytics.machine_telemetry_rollup_state FOR SHARE', [
      rows.firstTime,
    ]);
    const copied = await session.copyRows(table, columns, rows.csv);
    if (watermark!.late) await session.query('INSERT INTO analytics.machine_telemetry_invalidation (first_time, last_time) VALUES ($1, $2)', [rows.firstTime, rows.lastTime]);
    return copied;
  });
}
