import { Migration } from '@plexus/db';

/**
 * Product families: the groups of finished goods S&OP plans in, in one unit
 * of measure. An item belongs to at most one family.
 */
export class ProductFamily extends Migration {
  override name = '20261207-0001-product-family';

  up(): void {
    this.addSql(`
      CREATE TABLE erp.product_family (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        unit_of_measure text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    this.addSql('ALTER TABLE erp.item ADD COLUMN product_family_id uuid REFERENCES erp.product_family (id) DEFERRABLE INITIALLY DEFERRED');
    this.addSql('CREATE INDEX item_product_family_idx ON erp.item (product_family_id) WHERE product_family_id IS NOT NULL');
  }
}
