import DataLoader from 'dataloader';
import type { EntityManager } from '@plexus/db';
import { readOrderEvents, readRecentEvents, type SupplyChainEvent } from '@plexus/events';
import { badInput } from '@plexus/errors';
import type { AnalyticsContext } from '../context.ts';

export function createTimelineLoaders(em: EntityManager) {
  return {
    timelineByOrder: new DataLoader<string, SupplyChainEvent[]>(async (orderIds) => {
      const byOrder = await readOrderEvents(em, orderIds);
      return orderIds.map((id) => byOrder.get(id) ?? []);
    }),
  };
}

export const orderTimeline = (ctx: AnalyticsContext, orderId: string) => ctx.loaders.timelineByOrder.load(orderId);

export function recentEvents(ctx: AnalyticsContext, types: readonly string[] | null, first: number): Promise<SupplyChainEvent[]> {
  if (!Number.isInteger(first) || first < 1 || first > 500) throw badInput('first must be between 1 and 500', { field: 'first' });
  return readRecentEvents(ctx.em, { types, limit: first });
}
