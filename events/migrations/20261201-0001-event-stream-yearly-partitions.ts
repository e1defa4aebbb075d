import { Migration } from '@plexus/db';

/**
 * On plain PostgreSQL, the event stream's 84 monthly partitions become 7
 * yearly ones. Consumers read the stream in commit order (`recorded_tx`),
 * which says nothing of event time, so every consumer's read plans and scans
 * every partition: with 85, ~9 ms of planning per read, and a spec whose
 * requests wait for their events to be projected ran 2.6 times as long as on
 * TimescaleDB. Yearly partitions keep time-range reads pruned and cost what
 * the hypertable does.
 * TimescaleDB's hypertable is untouched. Rows move partition by partition
 * inside the migration's transaction; the parent table, its indexes and
 * everything that reads it stay as they are.
 */
export class EventStreamYearlyPartitions extends Migration {
  override name = '20261201-0001-event-stream-yearly-partitions';

  async up(): Promise<void> {
    const monthly = (await this.execute("SELECT 1 FROM pg_class WHERE oid = to_regclass('analytics.supply_chain_event_202401')")).length > 0;
    if (!monthly) return;
    this.addSql(`
      DO $$
      DECLARE
        year int;
        month date;
        monthly text;
        yearly text;
      BEGIN
        FOR year IN 2024..2030 LOOP
          yearly := 'supply_chain_event_y' || year;
          EXECUTE format('CREATE TABLE analytics.%I (LIKE analytics.supply_chain_event INCLUDING DEFAULTS)', yearly);
          month := make_date(year, 1, 1);
          WHILE month < make_date(year + 1, 1, 1) LOOP
            monthly := 'supply_chain_event_' || to_char(month, 'YYYYMM');
            IF to_regclass('analytics.' || monthly) IS NOT NULL THEN
              EXECUTE format('ALTER TABLE analytics.supply_chain_event DETACH PARTITION analytics.%I', monthly);
              EXECUTE format('INSERT INTO analytics.%I SELECT * FROM analytics.%I', yearly, monthly);
              EXECUTE format('DROP TABLE analytics.%I', monthly);
            END IF;
            month := month + interval '1 month';
          END LOOP;
          EXECUTE format('ALTER TABLE analytics.supply_chain_event ATTACH PARTITION analytics.%I FOR VALUES FROM (%L) TO (%L)',
            yearly, make_date(year, 1, 1), make_date(year + 1, 1, 1));
        END LOOP;
      END $$`);
  }
}
