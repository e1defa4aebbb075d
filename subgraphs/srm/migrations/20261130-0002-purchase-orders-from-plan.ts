import { Migration } from '@plexus/db';

/** A draft made from a planned order aps released remembers it, so the plan can say what its order became once the buyer sends it. */
export class PurchaseOrdersFromPlan extends Migration {
  override name = '20261130-0002-purchase-orders-from-plan';

  up(): void {
    this.addSql('ALTER TABLE srm.purchase_order ADD COLUMN planned_order_id uuid');
  }
}
