import { Migration } from '@plexus/db';

/**
 * How a made item is made: its operations in sequence, each at a work center
 * with its setup and run time and the machines that may run it. Work centers
 * and machines are mes's and referenced by id only (no foreign key across
 * schemas).
 */
export class Routing extends Migration {
  override name = '20261130-0001-routing';

  up(): void {
    this.addSql(`
      CREATE TABLE erp.routing_step (
        id uuid PRIMARY KEY,
        item_id uuid NOT NULL REFERENCES erp.item (id) DEFERRABLE INITIALLY DEFERRED,
        sequence int NOT NULL CHECK (sequence > 0),
        work_center_id uuid NOT NULL,
        setup_minutes numeric(12, 3) NOT NULL CHECK (setup_minutes >= 0),
        run_seconds_per_unit numeric(12, 3) NOT NULL CHECK (run_seconds_per_unit > 0),
        machine_ids jsonb NOT NULL CHECK (jsonb_typeof(machine_ids) = 'array' AND jsonb_array_length(machine_ids) > 0),
        UNIQUE (item_id, sequence)
      )`);
  }
}
