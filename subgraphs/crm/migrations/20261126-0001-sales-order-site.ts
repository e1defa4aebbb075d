import { Migration } from '@plexus/db';

/**
 * The site that ships an order, so KPIs by site find orders that have not
 * shipped yet. Orders placed before stay null; the site is erp's, so no
 * foreign key.
 */
export class SalesOrderSite extends Migration {
  override name = '20261126-0001-sales-order-site';

  up(): void {
    this.addSql('ALTER TABLE crm.sales_order ADD COLUMN site_id uuid');
  }
}
