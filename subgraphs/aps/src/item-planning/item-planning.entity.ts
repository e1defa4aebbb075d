import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { LotRule } from '../mrp/mrp.model.ts';

/** How the planner plans an item: where it comes from, how long it takes, how much to order at once. */
export const ItemPlanningSchema = defineEntity({
  name: 'ItemPlanning',
  tableName: 'item_planning',
  properties: {
    itemId: p.uuid().primary(),
    source: p.enum(['MAKE', 'BUY'] as const),
    /** Whole weeks from release to receipt; null until the planner sets it (MRP refuses the item then). */
    leadTimeWeeks: p.integer().nullable(),
    /** Null until the planner sets it (MRP refuses the item then). */
    lotRule: p.json<LotRule>().nullable(),
    safetyStock: p.decimal('number').precision(18).scale(6),
    scrapPercent: p.decimal('number').precision(8).scale(4),
    yieldPercent: p.decimal('number').precision(8).scale(4),
    /** End items planned by the master production schedule (forecast consumption, time fences). */
    masterScheduled: p.boolean(),
    demandTimeFence: p.integer(),
    planningTimeFence: p.integer(),
    updatedAt: p.datetime(),
  },
});

export type ItemPlanning = InferEntity<typeof ItemPlanningSchema>;
