import { Migration } from '@plexus/db';

/**
 * Inspection plans, inspections, nonconformances and CAPAs. Items, lots,
 * warehouses, suppliers and work orders are other systems', known from their
 * events and referenced by id only (no foreign key across schemas); foreign
 * keys inside qms are checked at commit, since a unit of work inserts a
 * document and its lines in an order of its choosing.
 */
export class Quality extends Migration {
  override name = '20261130-0001-quality';

  up(): void {
    this.addSql(`
      CREATE TABLE qms.inspection_plan (
        id uuid PRIMARY KEY,
        item_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('INCOMING', 'IN_PROCESS', 'FINAL', 'OUTGOING')),
        aql numeric(8, 3) NOT NULL CHECK (aql > 0),
        characteristics jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (item_id, kind)
      )`);
    // What wms received or produced, lot by lot: where a lot is, so a nonconformance can name it (wms.GoodsReceived).
    this.addSql(`
      CREATE TABLE qms.known_lot (
        lot_id uuid PRIMARY KEY,
        item_id uuid NOT NULL,
        lot_number text NOT NULL,
        warehouse_id uuid NOT NULL,
        site_id uuid,
        UNIQUE (item_id, lot_number)
      )`);
    this.addSql(`
      CREATE TABLE qms.inspection (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('INCOMING', 'IN_PROCESS', 'FINAL', 'OUTGOING')),
        status text NOT NULL CHECK (status IN ('PENDING', 'PASSED', 'FAILED')),
        plan_id uuid NOT NULL REFERENCES qms.inspection_plan (id) DEFERRABLE INITIALLY DEFERRED,
        item_id uuid NOT NULL,
        lot_id uuid,
        lot_number text,
        warehouse_id uuid,
        site_id uuid,
        supplier_id uuid,
        purchase_order_line_id uuid,
        work_order_id uuid,
        work_center_id uuid,
        lot_size int NOT NULL CHECK (lot_size > 0),
        aql numeric(8, 3) NOT NULL,
        code_letter char(1) NOT NULL,
        sample_size int NOT NULL CHECK (sample_size > 0),
        acceptance_number int NOT NULL,
        rejection_number int NOT NULL,
        characteristics jsonb NOT NULL,
        results jsonb,
        nonconforming_units int,
        reinspection_of uuid REFERENCES qms.inspection (id) DEFERRABLE INITIALLY DEFERRED,
        source_event_id uuid,
        source_position int,
        created_at timestamptz NOT NULL,
        inspected_at timestamptz,
        inspected_by text,
        UNIQUE (source_event_id, source_position)
      )`);
    this.addSql('CREATE INDEX inspection_created_idx ON qms.inspection (created_at DESC, id DESC)');
    this.addSql('CREATE INDEX inspection_status_idx ON qms.inspection (status, created_at DESC)');
    this.addSql('CREATE INDEX inspection_item_idx ON qms.inspection (item_id)');
    this.addSql('CREATE INDEX inspection_lot_idx ON qms.inspection (lot_id)');
    this.addSql(`
      CREATE TABLE qms.capa (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        title text NOT NULL,
        problem text NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'ROOT_CAUSE_IDENTIFIED', 'ACTIONS_IN_PROGRESS', 'AWAITING_EFFECTIVENESS_CHECK', 'EFFECTIVE', 'CLOSED')),
        whys jsonb NOT NULL DEFAULT '[]',
        root_cause text,
        effectiveness_checks jsonb NOT NULL DEFAULT '[]',
        opened_at timestamptz NOT NULL,
        opened_by text,
        closed_at timestamptz
      )`);
    this.addSql('CREATE INDEX capa_status_idx ON qms.capa (status, opened_at DESC)');
    this.addSql(`
      CREATE TABLE qms.capa_action (
        id uuid PRIMARY KEY,
        capa_id uuid NOT NULL REFERENCES qms.capa (id) DEFERRABLE INITIALLY DEFERRED,
        description text NOT NULL,
        owner text NOT NULL,
        due_date date NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'DONE')),
        created_at timestamptz NOT NULL,
        completed_at timestamptz
      )`);
    this.addSql('CREATE INDEX capa_action_capa_idx ON qms.capa_action (capa_id, created_at)');
    this.addSql(`
      CREATE TABLE qms.nonconformance (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        status text NOT NULL CHECK (status IN ('OPEN', 'DISPOSITIONED', 'CLOSED')),
        source text NOT NULL CHECK (source IN ('SUPPLIER', 'INTERNAL', 'CUSTOMER')),
        description text NOT NULL,
        item_id uuid NOT NULL,
        lot_id uuid,
        lot_number text,
        warehouse_id uuid,
        site_id uuid,
        quantity numeric(18, 6) NOT NULL CHECK (quantity > 0),
        supplier_id uuid,
        purchase_order_line_id uuid,
        work_order_id uuid,
        inspection_id uuid REFERENCES qms.inspection (id) DEFERRABLE INITIALLY DEFERRED,
        capa_id uuid REFERENCES qms.capa (id) DEFERRABLE INITIALLY DEFERRED,
        disposition text CHECK (disposition IN ('USE_AS_IS', 'CONCESSION', 'REWORK', 'SCRAP', 'RETURN_TO_SUPPLIER')),
        disposition_note text,
        dispositioned_at timestamptz,
        dispositioned_by text,
        opened_at timestamptz NOT NULL,
        opened_by text,
        closed_at timestamptz,
        CHECK (source <> 'SUPPLIER' OR supplier_id IS NOT NULL)
      )`);
    this.addSql('CREATE INDEX nonconformance_opened_idx ON qms.nonconformance (opened_at DESC, id DESC)');
    this.addSql('CREATE INDEX nonconformance_status_idx ON qms.nonconformance (status, opened_at DESC)');
    this.addSql('CREATE INDEX nonconformance_inspection_idx ON qms.nonconformance (inspection_id)');
    this.addSql('CREATE INDEX nonconformance_capa_idx ON qms.nonconformance (capa_id)');
    this.addSql('CREATE INDEX nonconformance_supplier_idx ON qms.nonconformance (supplier_id)');
  }
}
