import { Migration } from '@plexus/db';

/**
 * A lot's way in and out, read from the lot's side: the receipt lines and
 * purchase receipt lines that put it into stock, the picks that shipped it,
 * and look-up by lot number (across items; the unique key leads with the item).
 */
export class LotLinks extends Migration {
  override name = '20261130-0004-lot-links';

  up(): void {
    this.addSql('CREATE INDEX receipt_line_lot_idx ON wms.receipt_line (lot_id, receipt_id)');
    this.addSql('CREATE INDEX purchase_receipt_line_lot_idx ON wms.purchase_receipt_line (lot_id)');
    this.addSql('CREATE INDEX pick_lot_idx ON wms.pick (lot_id)');
    this.addSql('CREATE INDEX lot_number_idx ON wms.lot (lot_number)');
  }
}
