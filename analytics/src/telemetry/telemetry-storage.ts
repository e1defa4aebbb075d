import type { EntityManager } from '@plexus/db';

/**
 * What the telemetry store is built on, learnt once per ORM: a TimescaleDB
 * hypertable, or native daily partitions the program creates (the days known
 * to exist are remembered so ingest asks for each day once).
 */
export interface TelemetryStorage {
  timescale: boolean;
  knownPartitionDays: Set<number>;
}

const storageByDriver = new WeakMap<object, Promise<TelemetryStorage>>();

export function telemetryStorage(em: EntityManager): Promise<TelemetryStorage> {
  const driver = em.getDriver();
  let storage = storageByDriver.get(driver);
  if (!storage) {
    storage = execute<{ timescale: boolean }>(em, "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') AS timescale").then(
      ([row]) => ({ timescale: row!.timescale, knownPartitionDays: new Set<number>() }),
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
