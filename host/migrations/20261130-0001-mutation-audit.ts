import { Migration } from '@plexus/db';

/**
 * The audit log of mutations: one row per mutation a system answered, written
 * by the host of whichever system answered it (every system writes here, so
 * the table is the mechanism's, like the event stream). Variables are kept as
 * a digest: the log says that a request was made and whether it succeeded,
 * not what personal data it carried. Idempotent (IF NOT EXISTS): every system
 * starting on the database applies it.
 */
export class MutationAudit extends Migration {
  override name = '20261130-0001-mutation-audit';

  async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE IF NOT EXISTS audit.mutation_record (
        id uuid PRIMARY KEY,
        time timestamptz NOT NULL,
        system text NOT NULL,
        operation_name text,
        fields text[] NOT NULL,
        user_id text,
        roles text[] NOT NULL,
        supplier_id text,
        variables_digest text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('SUCCEEDED', 'REFUSED', 'FAILED')),
        error_codes text[] NOT NULL
      )`);
    this.addSql('CREATE INDEX IF NOT EXISTS mutation_record_time ON audit.mutation_record (time DESC, id)');
    this.addSql('CREATE INDEX IF NOT EXISTS mutation_record_user_time ON audit.mutation_record (user_id, time DESC)');
  }
}
