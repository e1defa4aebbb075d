import { execute, sqlArray, type EntityManager } from '@plexus/db';

/**
 * Takes the days a projection marked stale (emptying `staleTable`) and deletes
 * their rows from `rollupTable`, so the caller rebuilds exactly those days in
 * the same transaction. The days as one array parameter, or null when none.
 */
export async function takeStaleDays(tx: EntityManager, staleTable: string, rollupTable: string): Promise<string | null> {
  const stale = await execute<{ day: string }[]>(tx, `DELETE FROM ${staleTable} RETURNING to_char(day, 'YYYY-MM-DD') AS day`);
  if (stale.length === 0) return null;
  const days = sqlArray(stale.map((row) => row.day));
  await execute(tx, `DELETE FROM ${rollupTable} WHERE day = ANY(?::date[])`, [days]);
  return days;
}
