import { Migration } from '@plexus/db';

/**
 * The supply-chain event stream and the command receipts beside it. On
 * TimescaleDB the stream is a hypertable in 7-day chunks; on plain PostgreSQL
 * it is range-partitioned by month with a default partition, so inserts never
 * fail for a month nobody created yet.
 *
 * Every event records the id of the transaction that wrote it (`recorded_tx`):
 * event time cannot give commit order (a transaction may commit after a
 * later-stamped one, and events may be back-dated), and everything below the
 * oldest transaction still running is final, which is the watermark consumers
 * such as analytics' projections advance to.
 *
 * Idempotent (IF NOT EXISTS throughout): databases created before `events/`
 * owned these tables already have them from analytics' first migrations.
 */
export class EventStream extends Migration {
  override name = '20261124-0001-event-stream';

  async up(): Promise<void> {
    const timescale = (await this.execute("SELECT 1 FROM pg_extension WHERE extname = 'timescaledb'")).length > 0;
    const exists = (await this.execute("SELECT 1 FROM pg_class WHERE oid = to_regclass('analytics.supply_chain_event')")).length > 0;
    if (!exists) {
      this.addSql(`
        CREATE TABLE analytics.supply_chain_event (
          id uuid NOT NULL,
          time timestamptz NOT NULL,
          type text NOT NULL,
          system text NOT NULL,
          subject_type text NOT NULL,
          subject_id uuid NOT NULL,
          order_id uuid,
          item_id uuid,
          site_id uuid,
          supplier_id uuid,
          customer_id uuid,
          quantity numeric,
          payload jsonb NOT NULL DEFAULT '{}'::jsonb,
          idempotency_key text,
          recorded_tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
          PRIMARY KEY (id, time)
        )${timescale ? '' : ' PARTITION BY RANGE (time)'}`);
      if (timescale) {
        this.addSql("SELECT create_hypertable('analytics.supply_chain_event', by_range('time', INTERVAL '7 days'))");
      } else {
        this.addSql('CREATE TABLE analytics.supply_chain_event_default PARTITION OF analytics.supply_chain_event DEFAULT');
        this.addSql(`
          DO $$
          DECLARE month date := date '2024-01-01';
          BEGIN
            WHILE month < date '2031-01-01' LOOP
              EXECUTE format(
                'CREATE TABLE analytics.supply_chain_event_%s PARTITION OF analytics.supply_chain_event FOR VALUES FROM (%L) TO (%L)',
                to_char(month, 'YYYYMM'), month, month + interval '1 month');
              month := month + interval '1 month';
            END LOOP;
          END $$`);
      }
    }
    this.addSql('CREATE INDEX IF NOT EXISTS supply_chain_event_order_idx ON analytics.supply_chain_event (order_id, time) WHERE order_id IS NOT NULL');
    this.addSql('CREATE INDEX IF NOT EXISTS supply_chain_event_type_idx ON analytics.supply_chain_event (type, time)');
    this.addSql('CREATE INDEX IF NOT EXISTS supply_chain_event_subject_idx ON analytics.supply_chain_event (subject_id, time)');
    // By type first: a reader of a few types moves past its cursor however far other types ran ahead.
    this.addSql('CREATE INDEX IF NOT EXISTS supply_chain_event_recorded_idx ON analytics.supply_chain_event (type, recorded_tx, id)');
    this.addSql(`
      CREATE TABLE IF NOT EXISTS analytics.command_receipt (
        idempotency_key text PRIMARY KEY,
        operation text NOT NULL,
        subject_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
  }
}
