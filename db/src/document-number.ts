import type { EntityManager } from '@mikro-orm/sql';
import { Migration } from '@mikro-orm/migrations';
import type { MigrationClass } from './orm.ts';

/**
 * The next human-facing document number, e.g. SO-2026-000123: a gapless
 * per-year counter in the owning schema's `document_sequence`, taken inside
 * the caller's transaction so a rolled-back document does not use one up.
 */
export async function nextDocumentNumber(em: EntityManager, schema: string, prefix: string, at: Date): Promise<string> {
  const year = at.getUTCFullYear();
  const [row] = await em.getConnection().execute<{ last_value: number }[]>(
    `INSERT INTO "${schema}".document_sequence (prefix, year, last_value) VALUES (?, ?, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last_value = "${schema}".document_sequence.last_value + 1
     RETURNING last_value`,
    [prefix, year],
    'all',
    em.getTransactionContext(),
  );
  return `${prefix}-${year}-${String(row!.last_value).padStart(6, '0')}`;
}

/**
 * The counter table `nextDocumentNumber` needs, in the schema of every
 * subgraph (the host adds it to each one's migrations), so a system that
 * starts numbering documents has nothing to create.
 */
export function documentSequenceMigration(schema: string): MigrationClass {
  return class DocumentSequence extends Migration {
    async up(): Promise<void> {
      this.addSql(`
        CREATE TABLE IF NOT EXISTS "${schema}".document_sequence (
          prefix text NOT NULL,
          year int NOT NULL,
          last_value int NOT NULL,
          PRIMARY KEY (prefix, year)
        )`);
    }
  };
}
