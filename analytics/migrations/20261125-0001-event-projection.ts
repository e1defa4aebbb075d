import { Migration } from '@plexus/db';

/**
 * Projections (KPI facts, snapshots, rollups) follow the event stream in
 * commit order, each from its own checkpoint: the writing transaction's id
 * (`supply_chain_event.recorded_tx`, kept by `events/`) and the event id.
 */
export class EventProjection extends Migration {
  override name = '20261125-0001-event-projection';

  async up(): Promise<void> {
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
