import { openSubgraphOrm, type Database } from '@plexus/db';
import { EventStream } from '../migrations/20261124-0001-event-stream.ts';
import { EventStreamYearlyPartitions } from '../migrations/20261201-0001-event-stream-yearly-partitions.ts';

/**
 * Creates or migrates the event stream and command receipts. Every system
 * writes into the stream, so whichever starts first creates it; the
 * migrations are recorded in their own table beside analytics', whose
 * schema the stream lives in (ARCHITECTURE.md).
 */
export async function migrateEventStream(database: Database): Promise<void> {
  if (migrated.has(database)) return;
  const orm = await openSubgraphOrm(database, {
    schema: 'analytics',
    entities: [],
    migrations: [EventStream, EventStreamYearlyPartitions],
    migrationsTable: 'event_stream_migrations',
  });
  await orm.close();
  migrated.add(database);
}

/** Databases this process already migrated: every system opening on one database asks again. */
const migrated = new WeakSet<Database>();
