import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { SalesAndOperationsMonth } from './sales-and-operations.rules.ts';

/** A month the meeting agreed, with the plan's figures for it when the plan was saved. */
export interface ConsensusMonth {
  month: string;
  quantity: number;
  figures: SalesAndOperationsMonth;
}

/** What an S&OP meeting agreed for a product family: never changed once saved (the table refuses updates and deletes). */
export const ConsensusPlanSchema = defineEntity({
  name: 'ConsensusPlan',
  tableName: 'consensus_plan',
  properties: {
    id: p.uuid().primary(),
    /** e.g. SOP-2026-000003. */
    number: p.string().unique(),
    /** erp's product family. */
    familyId: p.uuid(),
    scenarioId: p.uuid(),
    /** The signed-in user who saved it, or the role when the system saved it. */
    savedBy: p.string(),
    savedAt: p.datetime(),
    months: p.json<ConsensusMonth[]>(),
    decisions: p.json<string[]>(),
  },
});

export type ConsensusPlan = InferEntity<typeof ConsensusPlanSchema>;
