import type { EntityManager } from '@mikro-orm/sql';

/**
 * Raw SQL on the entity manager's connection, inside its transaction when it
 * has one: read models and event stores speak SQL, not entities. `T` is the
 * whole result, as MikroORM types it (rows: `T = Row[]`).
 */
export function execute<T = unknown>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T> {
  return em.getConnection().execute(sql, params, 'all', em.getTransactionContext()) as Promise<T>;
}
