import type { EntityManager } from '@plexus/db';
import { conflict } from '@plexus/host';

/**
 * Idempotency for mutations: the first request with a key records which
 * subject it produced; a retry with the same key gets that subject back
 * instead of doing the work again. Receipts live beside the event stream
 * because every system's retries share one key space.
 */
export interface CommandReceipt {
  operation: string;
  subjectId: string;
}

function execute<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T> {
  return em.getConnection().execute(sql, params, 'all', em.getTransactionContext()) as Promise<T>;
}

/** The subject an earlier request with this key produced, if any; a key reused for another operation is a conflict. */
export async function findCommandReceipt(em: EntityManager, key: string, operation: string): Promise<string | null> {
  const rows = await execute<{ operation: string; subject_id: string }[]>(
    em,
    'SELECT operation, subject_id FROM analytics.command_receipt WHERE idempotency_key = $1',
    [key],
  );
  const receipt = rows[0];
  if (!receipt) return null;
  if (receipt.operation !== operation) {
    throw conflict(`Idempotency key ${key} was already used for ${receipt.operation}`, { idempotencyKey: key });
  }
  return receipt.subject_id;
}

/** Records the receipt in the caller's transaction; a concurrent request with the same key makes this one fail. */
export async function recordCommandReceipt(
  em: EntityManager,
  key: string,
  receipt: CommandReceipt & { now: Date },
): Promise<void> {
  const rows = await execute<unknown[]>(
    em,
    `INSERT INTO analytics.command_receipt (idempotency_key, operation, subject_id, recorded_at)
     VALUES ($1, $2, $3, $4) ON CONFLICT (idempotency_key) DO NOTHING RETURNING idempotency_key`,
    [key, receipt.operation, receipt.subjectId, receipt.now],
  );
  if (rows.length === 0) {
    throw conflict(`A request with idempotency key ${key} is already being processed`, { idempotencyKey: key });
  }
}
