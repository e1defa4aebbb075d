import { Migration } from '@plexus/db';

/**
 * Carriers, lanes and the transport of outbound shipments. Sites, customers,
 * sales orders, shipments and items belong to other systems and are referenced
 * by id only (no foreign key across schemas); foreign keys inside scm are
 * checked at commit, since a unit of work inserts a document and its lines in
 * an order of its choosing.
 */
export class Transport extends Migration {
  override name = '20261130-0001-transport';

  up(): void {
    this.addSql(`
      CREATE TABLE scm.carrier (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE scm.lane (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        origin_site_id uuid NOT NULL,
        origin_name text NOT NULL,
        destination_customer_id uuid,
        destination_region text NOT NULL,
        mode text NOT NULL CHECK (mode IN ('ROAD', 'RAIL', 'SEA', 'AIR', 'PARCEL')),
        carrier_id uuid NOT NULL REFERENCES scm.carrier (id) DEFERRABLE INITIALLY DEFERRED,
        planned_transit_hours numeric(10, 2) NOT NULL CHECK (planned_transit_hours > 0),
        created_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX lane_origin_idx ON scm.lane (origin_site_id, destination_customer_id)');
    this.addSql('CREATE INDEX lane_carrier_idx ON scm.lane (carrier_id)');
    this.addSql(`
      CREATE TABLE scm.transport_order (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        shipment_id uuid NOT NULL UNIQUE,
        sales_order_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        origin_site_id uuid NOT NULL,
        warehouse_id uuid NOT NULL,
        lane_id uuid REFERENCES scm.lane (id) DEFERRABLE INITIALLY DEFERRED,
        carrier_id uuid REFERENCES scm.carrier (id) DEFERRABLE INITIALLY DEFERRED,
        status text NOT NULL CHECK (status IN ('PLANNED', 'PICKED_UP', 'IN_TRANSIT', 'ARRIVED', 'DELIVERED')),
        created_at timestamptz NOT NULL,
        planned_pickup_at timestamptz NOT NULL,
        planned_delivery timestamptz,
        picked_up_at timestamptz,
        departed_at timestamptz,
        arrived_at timestamptz,
        delivered_at timestamptz
      )`);
    this.addSql('CREATE INDEX transport_order_created_idx ON scm.transport_order (created_at DESC, number DESC)');
    this.addSql('CREATE INDEX transport_order_status_idx ON scm.transport_order (status)');
    this.addSql('CREATE INDEX transport_order_sales_order_idx ON scm.transport_order (sales_order_id)');
    this.addSql('CREATE INDEX transport_order_lane_idx ON scm.transport_order (lane_id)');
    this.addSql(`
      CREATE TABLE scm.transport_order_line (
        id uuid PRIMARY KEY,
        transport_order_id uuid NOT NULL REFERENCES scm.transport_order (id) DEFERRABLE INITIALLY DEFERRED,
        sales_order_line_id uuid NOT NULL,
        item_id uuid NOT NULL,
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0),
        UNIQUE (transport_order_id, sales_order_line_id)
      )`);
    this.addSql(`
      CREATE TABLE scm.transport_leg (
        id uuid PRIMARY KEY,
        transport_order_id uuid NOT NULL REFERENCES scm.transport_order (id) DEFERRABLE INITIALLY DEFERRED,
        sequence int NOT NULL,
        from_place text NOT NULL,
        to_place text NOT NULL,
        mode text NOT NULL,
        carrier_id uuid REFERENCES scm.carrier (id) DEFERRABLE INITIALLY DEFERRED,
        UNIQUE (transport_order_id, sequence)
      )`);
    this.addSql(`
      CREATE TABLE scm.transport_milestone (
        id uuid PRIMARY KEY,
        transport_order_id uuid NOT NULL REFERENCES scm.transport_order (id) DEFERRABLE INITIALLY DEFERRED,
        milestone text NOT NULL CHECK (milestone IN ('PICKED_UP', 'DEPARTED', 'ARRIVED', 'DELIVERED')),
        at timestamptz NOT NULL,
        location text,
        eta timestamptz,
        recorded_at timestamptz NOT NULL,
        UNIQUE (transport_order_id, milestone)
      )`);
    // One proof of delivery per transport order: a second is refused, and this is the last line of defence.
    this.addSql(`
      CREATE TABLE scm.delivery_confirmation (
        id uuid PRIMARY KEY,
        transport_order_id uuid NOT NULL UNIQUE REFERENCES scm.transport_order (id) DEFERRABLE INITIALLY DEFERRED,
        delivered_at timestamptz NOT NULL,
        received_by text NOT NULL,
        on_time boolean NOT NULL,
        damaged boolean NOT NULL,
        damage_note text,
        documents jsonb NOT NULL,
        documents_complete boolean NOT NULL,
        lines jsonb NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    // What each delivery took on its lane: the history ETAs are estimated from.
    this.addSql(`
      CREATE TABLE scm.lane_transit (
        transport_order_id uuid PRIMARY KEY REFERENCES scm.transport_order (id) DEFERRABLE INITIALLY DEFERRED,
        lane_id uuid NOT NULL REFERENCES scm.lane (id) DEFERRABLE INITIALLY DEFERRED,
        departed_at timestamptz NOT NULL,
        delivered_at timestamptz NOT NULL,
        transit_hours numeric(10, 2) NOT NULL
      )`);
    this.addSql('CREATE INDEX lane_transit_lane_idx ON scm.lane_transit (lane_id, delivered_at DESC)');
  }
}
