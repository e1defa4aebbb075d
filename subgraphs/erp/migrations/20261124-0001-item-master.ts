import { Migration } from '@plexus/db';

export class ItemMaster extends Migration {
  override name = '20261124-0001-item-master';

  up(): void {
    this.addSql(`
      CREATE TABLE erp.item (
        id uuid PRIMARY KEY,
        sku text NOT NULL UNIQUE,
        name text NOT NULL,
        type text NOT NULL CHECK (type IN ('FG', 'SFG', 'RM')),
        unit_of_measure text NOT NULL,
        standard_cost numeric(18, 6) NOT NULL CHECK (standard_cost >= 0),
        created_at timestamptz NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE erp.bill_of_materials_line (
        id uuid PRIMARY KEY,
        parent_id uuid NOT NULL REFERENCES erp.item (id) DEFERRABLE INITIALLY DEFERRED,
        component_id uuid NOT NULL REFERENCES erp.item (id) DEFERRABLE INITIALLY DEFERRED,
        quantity_per numeric(18, 6) NOT NULL CHECK (quantity_per > 0),
        UNIQUE (parent_id, component_id),
        CHECK (parent_id <> component_id)
      )`);
    this.addSql('CREATE INDEX bill_of_materials_line_component_idx ON erp.bill_of_materials_line (component_id)');
    this.addSql(`
      CREATE TABLE erp.site (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        time_zone text NOT NULL
      )`);
  }
}
