import { Migration } from '@plexus/db';

/**
 * The dashboard's tiles, computed once per change of the projections they
 * read (like a materialized view the program refreshes): `projection_version`
 * is what the projections had applied when they were computed, so a reader
 * serves them only while nothing has changed since.
 */
export class KpiSnapshot extends Migration {
  override name = '20261125-0006-kpi-snapshot';

  async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE analytics.kpi_snapshot (
        grain text PRIMARY KEY,
        as_of date NOT NULL,
        projection_version text NOT NULL,
        computed_at timestamptz NOT NULL,
        compute_ms double precision NOT NULL,
        tiles jsonb NOT NULL
      )`);
  }
}
