import { Migration } from '@plexus/db';

/** The planned order a placed purchase order was made from (srm says so when it is sent): what `PlannedOrder.releasedAs` reads. */
export class PurchasesFromPlan extends Migration {
  override name = '20261130-0004-purchases-from-plan';

  up(): void {
    this.addSql('ALTER TABLE aps.purchase_order_line ADD COLUMN planned_order_id uuid');
    this.addSql('CREATE INDEX purchase_order_line_planned_order_idx ON aps.purchase_order_line (planned_order_id) WHERE planned_order_id IS NOT NULL');
  }
}
