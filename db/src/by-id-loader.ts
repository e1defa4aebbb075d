import DataLoader from 'dataloader';
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';

/**
 * One query for every id asked for in the same tick: the batching behind
 * every `__resolveReference` and id look-up, so a list of N orders never
 * costs N queries.
 */
export function createByIdLoader<Entity extends { id: string }>(em: EntityManager, entity: EntityName<Entity>): DataLoader<string, Entity | null> {
  return new DataLoader<string, Entity | null>(async (ids) => {
    const rows = (await em.find(entity, { id: { $in: [...ids] } } as never)) as Entity[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
