import { openSubgraphOrm, openTestDatabase, type Database } from '@plexus/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStream } from '../migrations/20261124-0001-event-stream.ts';
import { migrateEventStream } from '../src/index.ts';

/** Events at the edges of the partitions: the first month, a month mid-range, the last month, and past the range (the default partition). */
const times = ['2024-01-01T00:00:00Z', '2026-11-30T23:59:59Z', '2030-12-31T23:59:59Z', '2031-01-01T00:00:00Z'];

describe('the event stream on a database migrated before yearly partitions', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    const orm = await openSubgraphOrm(database, { schema: 'analytics', entities: [], migrations: [EventStream], migrationsTable: 'event_stream_migrations' });
    await orm.close();
    for (const [index, time] of times.entries()) {
      await database.query(
        `INSERT INTO analytics.supply_chain_event (id, time, type, system, subject_type, subject_id)
         VALUES ($1, $2, 'erp.ItemCreated', 'erp', 'Item', $1)`,
        [`0193a0b4-0000-7000-8000-00000000000${index}`, time],
      );
    }
    await migrateEventStream(database);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('keeps every event, each in the partition of its year, or in the default one past the range', async () => {
    const rows = await database.query<{ time: Date; partition: string }>('SELECT time, tableoid::regclass::text AS partition FROM analytics.supply_chain_event ORDER BY time');
    expect(rows.map((row) => row.time.toISOString().replace('.000', ''))).toEqual(times);
    if (database.timescale) return;
    expect(rows.map((row) => row.partition)).toEqual([
      'analytics.supply_chain_event_y2024',
      'analytics.supply_chain_event_y2026',
      'analytics.supply_chain_event_y2030',
      'analytics.supply_chain_event_default',
    ]);
  });

  it('has a partition a year on plain PostgreSQL, with the stream\'s indexes, and leaves the hypertable alone', async () => {
    const partitions = await database.query<{ name: string }>(
      `SELECT child.relname AS name FROM pg_inherits JOIN pg_class child ON child.oid = pg_inherits.inhrelid
        WHERE pg_inherits.inhparent = 'analytics.supply_chain_event'::regclass ORDER BY 1`,
    );
    if (database.timescale) {
      expect(partitions.every((partition) => partition.name.startsWith('_hyper_'))).toBe(true);
      return;
    }
    expect(partitions.map((partition) => partition.name)).toEqual([
      'supply_chain_event_default',
      ...[2024, 2025, 2026, 2027, 2028, 2029, 2030].map((year) => `supply_chain_event_y${year}`),
    ]);
    const indexes = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'supply_chain_event_y2026'");
    expect(indexes[0]!.n).toBe(5);
  });
});
