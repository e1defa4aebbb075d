import { Migration } from '@plexus/db';

/**
 * Transfers between warehouses: scm releases them (scm.TransferOrderReleased,
 * so the id is scm's transfer order's), wms picks, ships and receives them.
 * What was picked stays on the transfer: in transit until received.
 */
export class Transfers extends Migration {
  override name = '20261130-0003-transfer';

  up(): void {
    this.addSql(`
      CREATE TABLE wms.transfer (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        from_warehouse_id uuid NOT NULL,
        to_warehouse_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('RELEASED', 'SHIPPED', 'RECEIVED')),
        lines jsonb NOT NULL,
        released_at timestamptz NOT NULL,
        shipped_at timestamptz,
        received_at timestamptz
      )`);
    this.addSql(`
      CREATE TABLE wms.transfer_pick (
        id uuid PRIMARY KEY,
        transfer_id uuid NOT NULL REFERENCES wms.transfer (id) DEFERRABLE INITIALLY DEFERRED,
        item_id uuid NOT NULL,
        lot_id uuid NOT NULL REFERENCES wms.lot (id) DEFERRABLE INITIALLY DEFERRED,
        from_location_id uuid NOT NULL REFERENCES wms.location (id) DEFERRABLE INITIALLY DEFERRED,
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0)
      )`);
    this.addSql('CREATE INDEX transfer_pick_transfer_idx ON wms.transfer_pick (transfer_id)');
    this.addSql('CREATE INDEX transfer_pick_item_idx ON wms.transfer_pick (item_id)');
    this.addSql(`CREATE INDEX transfer_in_transit_idx ON wms.transfer (to_warehouse_id) WHERE status = 'SHIPPED'`);
  }
}
