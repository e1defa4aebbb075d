import { Migration } from '@plexus/db';

/**
 * Projections (KPI facts, snapshots, rollups) follow the event stream in
 * commit order. Event time cannot give that order (a transaction may commit
 * after a later-stamped one, and events may be back-dated), so every event
 * records the id of the transaction that wrote it: everything below the
 * oldest transaction still running is final, which is the watermark a
 * projection may safely advance to.
 */
export class EventProjection extends Migration {
  override name = '20261125-0001-event-projection';

  async up(): Promise<void> {
    this.addSql('ALTER TABLE analytics.supply_chain_event ADD COLUMN recorded_tx xid8');
    this.addSql('UPDATE analytics.supply_chain_event SET recorded_tx = pg_current_xact_id()');
    this.addSql('ALTER TABLE analytics.supply_chain_event ALTER COLUMN recorded_tx SET DEFAULT pg_current_xact_id(), ALTER COLUMN recorded_tx SET NOT NULL');
    // By type first: a projection reads only its own types past its cursor, however far other types ran ahead.
    this.addSql('CREATE INDEX supply_chain_event_recorded_idx ON analytics.supply_chain_event (type, recorded_tx, id)');
    this.addSql(`
      CREATE TABLE analytics.projection_checkpoint (
        projection text PRIMARY KEY,
        last_tx xid8 NOT NULL,
        last_event_id uuid NOT NULL,
        events_applied bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL
      )`);
  }
}
