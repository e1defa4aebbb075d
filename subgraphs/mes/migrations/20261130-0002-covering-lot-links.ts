import { Migration } from '@plexus/db';

/**
 * Genealogy reads the link table through indexes that cover every column a
 * trace walks, both ways, so a trace is index-only probes
 * (genealogy.store.ts; `npm run bench:trace`).
 */
export class CoveringLotLinks extends Migration {
  override name = '20261130-0002-covering-lot-links';

  up(): void {
    this.addSql('DROP INDEX mes.lot_link_input_idx');
    this.addSql('CREATE INDEX lot_link_output_idx ON mes.lot_link (output_lot_id) INCLUDE (input_lot_id, work_order_id, quantity)');
    this.addSql('CREATE INDEX lot_link_input_idx ON mes.lot_link (input_lot_id) INCLUDE (output_lot_id, work_order_id, quantity)');
  }
}
