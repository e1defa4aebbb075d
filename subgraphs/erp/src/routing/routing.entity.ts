import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** One operation of a made item's routing; the item's routing is its steps in sequence. */
export const RoutingStepSchema = defineEntity({
  name: 'RoutingStep',
  tableName: 'routing_step',
  properties: {
    id: p.uuid().primary(),
    itemId: p.uuid(),
    sequence: p.integer(),
    /** mes's work center. */
    workCenterId: p.uuid(),
    setupMinutes: p.decimal('number').precision(12).scale(3),
    runSecondsPerUnit: p.decimal('number').precision(12).scale(3),
    /** mes's machines that may run the step, preferred first. */
    machineIds: p.json<string[]>(),
  },
});

export type RoutingStep = InferEntity<typeof RoutingStepSchema>;

/** A made item's routing; its id is the item's id. */
export interface Routing {
  id: string;
  itemId: string;
  steps: RoutingStep[];
}
