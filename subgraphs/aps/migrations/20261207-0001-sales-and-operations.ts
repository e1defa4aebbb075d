import { Migration } from '@plexus/db';

/**
 * Sales and operations planning: erp's product families as aps knows them
 * (from erp.ProductFamilyChanged) and the consensus plans S&OP meetings
 * saved, each an immutable snapshot of the figures the meeting saw.
 */
export class SalesAndOperations extends Migration {
  override name = '20261207-0001-sales-and-operations';

  up(): void {
    this.addSql('CREATE TABLE aps.product_family (id uuid PRIMARY KEY, code text NOT NULL, name text NOT NULL, unit_of_measure text NOT NULL)');
    this.addSql('CREATE TABLE aps.item_family (item_id uuid PRIMARY KEY, family_id uuid NOT NULL)');
    this.addSql('CREATE INDEX item_family_family_idx ON aps.item_family (family_id)');
    this.addSql(`
      CREATE TABLE aps.consensus_plan (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        family_id uuid NOT NULL,
        scenario_id uuid NOT NULL REFERENCES aps.plan_scenario (id) DEFERRABLE INITIALLY DEFERRED,
        saved_by text NOT NULL,
        saved_at timestamptz NOT NULL,
        months jsonb NOT NULL,
        decisions jsonb NOT NULL
      )`);
    this.addSql('CREATE INDEX consensus_plan_family_idx ON aps.consensus_plan (family_id, saved_at DESC)');
    // Snapshots are records of a meeting: nobody edits or deletes them.
    this.addSql(`
      CREATE FUNCTION aps.consensus_plan_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'consensus plans are immutable';
      END $$`);
    this.addSql('CREATE TRIGGER consensus_plan_immutable BEFORE UPDATE OR DELETE ON aps.consensus_plan FOR EACH ROW EXECUTE FUNCTION aps.consensus_plan_immutable()');
  }
}
