import { Migration } from '@plexus/db';

/**
 * Room for a whole page of matches. Matching rewrites an invoice's lines and
 * its order lines' invoiced quantities; a row's new version goes on its own
 * page (a HOT update: no index entry) only if the page has room for it. In
 * one transaction matching many invoices, the old versions of a page's rows
 * cannot be pruned before it commits, so the page must hold a second copy of
 * every row: less than half full. At fillfactor 70 about half of a bulk
 * match's row versions moved to other pages with new entries in every index
 * (bench:three-way-match: 24,963 order lines and 30,000 invoice lines, half
 * of each HOT; at 45, all, and 40 % less work on the server). Pages written
 * from now on keep that room; rows already stored stay where they are.
 */
export class ThreeWayMatchRoom extends Migration {
  override name = '20261130-0002-three-way-match-room';

  up(): void {
    this.addSql('ALTER TABLE erp.purchase_order_line_ref SET (fillfactor = 45)');
    this.addSql('ALTER TABLE erp.supplier_invoice_line SET (fillfactor = 45)');
  }
}
