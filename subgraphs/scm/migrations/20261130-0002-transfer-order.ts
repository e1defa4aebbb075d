import { Migration } from '@plexus/db';

/** Transfers of stock between warehouses (of different sites); the warehouses and items are other systems' and referenced by id only. */
export class TransferOrders extends Migration {
  override name = '20261130-0002-transfer-order';

  up(): void {
    this.addSql(`
      CREATE TABLE scm.transfer_order (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        from_warehouse_id uuid NOT NULL,
        to_warehouse_id uuid NOT NULL CHECK (to_warehouse_id <> from_warehouse_id),
        status text NOT NULL CHECK (status IN ('RELEASED', 'IN_TRANSIT', 'RECEIVED')),
        needed_by date,
        created_at timestamptz NOT NULL,
        shipped_at timestamptz,
        received_at timestamptz
      )`);
    this.addSql('CREATE INDEX transfer_order_created_idx ON scm.transfer_order (created_at DESC, number DESC)');
    this.addSql(`
      CREATE TABLE scm.transfer_order_line (
        id uuid PRIMARY KEY,
        transfer_order_id uuid NOT NULL REFERENCES scm.transfer_order (id) DEFERRABLE INITIALLY DEFERRED,
        item_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0),
        shipped_quantity numeric(18, 6) NOT NULL DEFAULT 0,
        received_quantity numeric(18, 6) NOT NULL DEFAULT 0,
        UNIQUE (transfer_order_id, item_id)
      )`);
  }
}
