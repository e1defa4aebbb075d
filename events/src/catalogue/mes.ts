import type { Describers } from './describe.ts';

/**
 * What a machine is doing, as ISO 22400-2 splits time: OFF_SHIFT and
 * PLANNED_DOWNTIME are outside planned busy time; IDLE and DOWN are losses
 * of availability inside it; only RUNNING is run time.
 */
export type MachineState = 'RUNNING' | 'IDLE' | 'DOWN' | 'PLANNED_DOWNTIME' | 'OFF_SHIFT';

/** What mes tells the other systems. */
export interface MesEvents {
  /** Units produced on a machine since its last report: OEE performance and quality. */
  'mes.ProductionReported': {
    workOrderId: string;
    machineId: string;
    workCenterId: string;
    goodQuantity: number;
    scrapQuantity: number;
    /** ISO 22400 ideal cycle time per unit on this machine. */
    idealCycleSeconds: number;
  };
  /** A work order finished: schedule adherence (completed by its scheduled end) and output. */
  'mes.WorkOrderCompleted': {
    number: string;
    itemId: string;
    workCenterId: string;
    goodQuantity: number;
    scrapQuantity: number;
    scheduledEnd: string;
  };
  /** A machine changed state; the state lasts until its next change (OEE availability, downtime ranking). */
  'mes.MachineStateChanged': { machineId: string; workCenterId: string; from: MachineState | null; to: MachineState; reason: string | null };
}

export const mesDescribers: Describers<MesEvents> = {
  'mes.ProductionReported': (payload) => `Produced ${payload.goodQuantity} good, ${payload.scrapQuantity} scrap`,
  'mes.WorkOrderCompleted': (payload) => `Work order ${payload.number} completed: ${payload.goodQuantity} good, ${payload.scrapQuantity} scrap`,
  'mes.MachineStateChanged': (payload) => `Machine ${payload.from ?? 'new'} → ${payload.to}${payload.reason ? `: ${payload.reason}` : ''}`,
};
