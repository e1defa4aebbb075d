import { Migration } from '@plexus/db';

/**
 * The exception inbox (issue 13, item 4):
 * - `supply_chain_exception`: what needs a person, one row per condition
 *   raised; at most one not resolved per kind, subject and site, so a
 *   condition raised again updates its row. `revision` grows with every
 *   change (a sequence, set by a trigger on insert and update) so the live
 *   feed sends what changed since it last looked, whoever changed it.
 * - `exception_rule`: the rules people changed; kinds without a row follow
 *   the defaults in exception.rules.ts.
 */
export class Exceptions extends Migration {
  override name = '20261201-0001-exceptions';

  async up(): Promise<void> {
    this.addSql('CREATE SEQUENCE analytics.supply_chain_exception_revision');
    this.addSql(`
      CREATE TABLE analytics.supply_chain_exception (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        severity text NOT NULL,
        status text NOT NULL,
        subject_kind text NOT NULL,
        subject_id uuid NOT NULL,
        subject_label text NOT NULL,
        site_id uuid,
        summary text NOT NULL,
        money_at_risk numeric,
        currency text,
        owner_id text,
        owner_role text NOT NULL,
        raised_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        cause_event_id uuid,
        acknowledged_by text,
        acknowledged_at timestamptz,
        resolved_by text,
        resolved_at timestamptz,
        resolution_note text,
        revision bigint NOT NULL
      )`);
    this.addSql(`
      CREATE UNIQUE INDEX supply_chain_exception_open_idx ON analytics.supply_chain_exception (kind, subject_id, site_id) NULLS NOT DISTINCT
        WHERE status <> 'RESOLVED'`);
    this.addSql('CREATE INDEX supply_chain_exception_inbox_idx ON analytics.supply_chain_exception (status, raised_at DESC)');
    this.addSql('CREATE INDEX supply_chain_exception_revision_idx ON analytics.supply_chain_exception (revision)');
    this.addSql(`
      CREATE FUNCTION analytics.supply_chain_exception_revise() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.revision := nextval('analytics.supply_chain_exception_revision');
        RETURN NEW;
      END $$`);
    this.addSql(`
      CREATE TRIGGER supply_chain_exception_revise BEFORE INSERT OR UPDATE ON analytics.supply_chain_exception
        FOR EACH ROW EXECUTE FUNCTION analytics.supply_chain_exception_revise()`);
    this.addSql(`
      CREATE TABLE analytics.exception_rule (
        kind text PRIMARY KEY,
        enabled boolean NOT NULL,
        raise_at numeric NOT NULL,
        medium_at numeric NOT NULL,
        high_at numeric NOT NULL,
        critical_at numeric NOT NULL,
        owner_role text NOT NULL,
        updated_by text,
        updated_at timestamptz NOT NULL
      )`);
  }
}
