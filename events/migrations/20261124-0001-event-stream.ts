import { Migration } from '@plexus/db';

/**
 * The supply-chain event stream. On TimescaleDB it is a hypertable in 7-day
 * chunks; on plain PostgreSQL it is range-partitioned by month with a default
 * partition, so inserts never fail for a month nobody created yet.
 */
export class EventStream extends Migration {
  override name = '20261124-0001-event-stream';

  async up(): Promise<void> {
    const timescale = (await this.execute("SELECT 1 FROM pg_extension WHERE extname = 'timescaledb'")).length > 0;
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
    this.addSql('CREATE INDEX supply_chain_event_order_idx ON analytics.supply_chain_event (order_id, time) WHERE order_id IS NOT NULL');
    this.addSql('CREATE INDEX supply_chain_event_type_idx ON analytics.supply_chain_event (type, time)');
    this.addSql('CREATE INDEX supply_chain_event_subject_idx ON analytics.supply_chain_event (subject_id, time)');
    this.addSql(`
      CREATE TABLE analytics.command_receipt (
        idempotency_key text PRIMARY KEY,
        operation text NOT NULL,
        subject_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
  }
}
