import { Migration } from '@plexus/db';

/**
 * Projections become event consumers of analytics' own: their checkpoints
 * move to the platform's `analytics.event_checkpoint`, where an event a
 * projection cannot apply is set aside (`analytics.set_aside_event`)
 * instead of stopping it. Where each stood carries over, so nothing is
 * applied twice.
 */
export class ProjectionCheckpoints extends Migration {
  override name = '20261130-0001-projection-checkpoints';

  async up(): Promise<void> {
    this.addSql(`
      INSERT INTO analytics.event_checkpoint (consumer, last_tx, last_event_id, events_applied, updated_at)
      SELECT projection, last_tx, last_event_id, events_applied, updated_at FROM analytics.projection_checkpoint
      ON CONFLICT (consumer) DO NOTHING`);
    this.addSql('DROP TABLE analytics.projection_checkpoint');
  }
}
