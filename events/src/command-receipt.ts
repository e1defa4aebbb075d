import type { EntityManager } from '@plexus/db';
import { execute } from '@plexus/db';
import { conflict } from '@plexus/errors';

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

/** The subject an earlier request with this key produced, if any; a key reused for another operation is a conflict. */
export async function findCommandReceipt(em: EntityManager, key: string, operation: string): Promise<string | null> {
  const rows = await execute<{ operation: string; subject_id: string }[]>(
    em,
    'SELECT operation, subject_id FROM analytics.command_receipt WHERE idempotency_key = ?',
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
     VALUES (?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING RETURNING idempotency_key`,
    [key, receipt.operation, receipt.subjectId, receipt.now],
  );
  if (rows.length === 0) {
    throw conflict(`A request with idempotency key ${key} is already being processed`, { idempotencyKey: key });
  }
}

/**
 * Runs `work` in a transaction unless a request with the same key already
 * did: then the subject that request produced is loaded and returned, and
 * nothing is written twice. Without a key, `work` simply runs.
 */
export async function runOnce<T extends { id: string }>(
  em: EntityManager,
  request: { idempotencyKey?: string | null | undefined; operation: string; now: Date },
  load: (subjectId: string) => Promise<T>,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const key = request.idempotencyKey?.trim();
  if (!key) return em.transactional(work);
  const earlier = await findCommandReceipt(em, key, request.operation);
  if (earlier) return load(earlier);
  return em.transactional(async (tx) => {
    const result = await work(tx);
    await recordCommandReceipt(tx, key, { operation: request.operation, subjectId: result.id, now: request.now });
    return result;
  });
}
