import { Migration } from '@plexus/db';

/** Weekly demand forecasts per item, site and source (statistical, sales, S&OP consensus). Items and sites are erp's: no foreign keys. */
export class DemandForecast extends Migration {
  up(): void {
    this.addSql(`
      CREATE TABLE crm.demand_forecast (
        item_id uuid NOT NULL,
        site_id uuid NOT NULL,
        source text NOT NULL CHECK (source IN ('STATISTICAL', 'SALES', 'CONSENSUS')),
        week_start date NOT NULL CHECK (extract(isodow FROM week_start) = 1),
        quantity numeric(18, 6) NOT NULL CHECK (quantity >= 0),
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (item_id, site_id, source, week_start)
      )`);
    this.addSql('CREATE INDEX demand_forecast_site_week_idx ON crm.demand_forecast (site_id, week_start)');
  }
}
