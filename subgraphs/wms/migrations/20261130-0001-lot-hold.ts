import { Migration } from '@plexus/db';

/**
 * Holds on lots while qms decides what to do with them (one per
 * nonconformance; a lot is on hold while any of its holds is open). Held
 * stock is neither picked nor consumed. Nonconformances are qms', known from
 * its events, so no foreign key points at them.
 */
export class LotHold extends Migration {
  override name = '20261130-0001-lot-hold';

  up(): void {
    this.addSql(`
      CREATE TABLE wms.lot_hold (
        id uuid PRIMARY KEY,
        lot_id uuid NOT NULL REFERENCES wms.lot (id) DEFERRABLE INITIALLY DEFERRED,
        warehouse_id uuid NOT NULL REFERENCES wms.warehouse (id) DEFERRABLE INITIALLY DEFERRED,
        nonconformance_id uuid NOT NULL UNIQUE,
        reason text NOT NULL,
        placed_at timestamptz NOT NULL,
        released_at timestamptz,
        release_reason text,
        removed_quantity numeric(18, 6) NOT NULL DEFAULT 0
      )`);
    this.addSql('CREATE INDEX lot_hold_open_idx ON wms.lot_hold (lot_id) WHERE released_at IS NULL');
    this.addSql('CREATE INDEX lot_hold_lot_idx ON wms.lot_hold (lot_id, placed_at)');
  }
}
