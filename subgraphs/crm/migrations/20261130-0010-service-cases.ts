import { Migration } from '@plexus/db';

/** Service cases: damage claims and returns (RMA) against one shipment of a sales order. */
export class ServiceCases extends Migration {
  override name = '20261130-0010-service-cases';

  up(): void {
    this.addSql(`
      CREATE TABLE crm.service_case (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('DAMAGE_CLAIM', 'RETURN')),
        status text NOT NULL CHECK (status IN ('OPEN', 'AUTHORIZED', 'RECEIVED', 'RESOLVED', 'REJECTED')),
        sales_order_id uuid NOT NULL REFERENCES crm.sales_order (id) DEFERRABLE INITIALLY DEFERRED,
        shipment_id uuid NOT NULL,
        reason text NOT NULL,
        lines jsonb NOT NULL,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        resolution text
      )`);
    this.addSql('CREATE INDEX service_case_order_idx ON crm.service_case (sales_order_id)');
  }
}
