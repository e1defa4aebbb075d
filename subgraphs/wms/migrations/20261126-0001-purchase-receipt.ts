import { Migration } from '@plexus/db';

/**
 * What each receipt against a purchase order received per order line: the
 * accepted part is also a receipt line in stock, the refused part only here.
 * Orders, lines, notices and suppliers are srm's, known from its events, so
 * no foreign key points at them.
 */
export class PurchaseReceipt extends Migration {
  override name = '20261126-0001-purchase-receipt';

  up(): void {
    this.addSql(`
      CREATE TABLE wms.purchase_receipt_line (
        id uuid PRIMARY KEY,
        receipt_id uuid NOT NULL REFERENCES wms.receipt (id) DEFERRABLE INITIALLY DEFERRED,
        purchase_order_id uuid NOT NULL,
        purchase_order_line_id uuid NOT NULL,
        asn_id uuid,
        asn_line_id uuid,
        supplier_id uuid NOT NULL,
        item_id uuid NOT NULL,
        lot_id uuid NOT NULL REFERENCES wms.lot (id) DEFERRABLE INITIALLY DEFERRED,
        location_id uuid NOT NULL REFERENCES wms.location (id) DEFERRABLE INITIALLY DEFERRED,
        accepted_quantity numeric(18, 6) NOT NULL CHECK (accepted_quantity >= 0),
        rejected_quantity numeric(18, 6) NOT NULL CHECK (rejected_quantity >= 0),
        CHECK (accepted_quantity + rejected_quantity > 0)
      )`);
    this.addSql('CREATE INDEX purchase_receipt_line_receipt_idx ON wms.purchase_receipt_line (receipt_id)');
    this.addSql('CREATE INDEX purchase_receipt_line_order_idx ON wms.purchase_receipt_line (purchase_order_id)');
    this.addSql('CREATE INDEX purchase_receipt_line_order_line_idx ON wms.purchase_receipt_line (purchase_order_line_id)');
  }
}
