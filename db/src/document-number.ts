import type { EntityManager } from '@mikro-orm/sql';

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
