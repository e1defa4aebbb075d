import { plural, sumQuantity, type Describers } from './describe.ts';

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
  /**
   * A work order finished: schedule adherence (completed by its scheduled end) and output. wms receives
   * the good quantity as the output lot (`outputLotId` is the lot's id, chosen by mes so genealogy links
   * exist before wms puts it away), qms inspects it, erp posts it at standard cost.
   */
  'mes.WorkOrderCompleted': {
    number: string;
    itemId: string;
    workCenterId: string;
    goodQuantity: number;
    scrapQuantity: number;
    scheduledEnd: string;
    workOrderId?: string;
    siteId?: string;
    warehouseId?: string;
    outputLotId?: string;
    outputLotNumber?: string;
    salesOrderId?: string | null;
  };
  'mes.WorkCenterCreated': { code: string; name: string; siteId: string };
  'mes.MachineRegistered': { code: string; name: string; workCenterId: string; siteId: string; idealCycleSeconds: number };
  /** A work order released to the shop floor with its routing's operations; aps schedules it. */
  'mes.WorkOrderReleased': {
    number: string;
    itemId: string;
    siteId: string;
    warehouseId: string;
    quantity: number;
    /** YYYY-MM-DD. */
    dueDate: string;
    /** 1 (most urgent) and up. */
    priority: number;
    salesOrderId: string | null;
    plannedOrderId: string | null;
  };
  /** One operation of a work order done on a machine: qms inspects in process. */
  'mes.OperationCompleted': {
    workOrderId: string;
    operationRunId: string;
    sequence: number;
    machineId: string;
    workCenterId: string;
    itemId: string;
    goodQuantity: number;
    scrapQuantity: number;
    operatorId: string;
  };
  /** Lots a work order consumed: wms deducts them from the work order's warehouse. */
  'mes.MaterialConsumed': { workOrderId: string; warehouseId: string; lines: { itemId: string; lotId: string; quantity: number }[] };
  /** A machine changed state; the state lasts until its next change (OEE availability, downtime ranking). */
  'mes.MachineStateChanged': { machineId: string; workCenterId: string; from: MachineState | null; to: MachineState; reason: string | null };
}

export const mesDescribers: Describers<MesEvents> = {
  'mes.ProductionReported': (payload) => `Produced ${payload.goodQuantity} good, ${payload.scrapQuantity} scrap`,
  'mes.WorkOrderCompleted': (payload) => `Work order ${payload.number} completed: ${payload.goodQuantity} good, ${payload.scrapQuantity} scrap`,
  'mes.WorkCenterCreated': (payload) => `Work center ${payload.code} created`,
  'mes.MachineRegistered': (payload) => `Machine ${payload.code} registered (ideal cycle ${payload.idealCycleSeconds} s)`,
  'mes.WorkOrderReleased': (payload) => `Work order ${payload.number} released for ${payload.quantity} units, due ${payload.dueDate}`,
  'mes.OperationCompleted': (payload) => `Operation ${payload.sequence} completed: ${payload.goodQuantity} good, ${payload.scrapQuantity} scrap`,
  'mes.MaterialConsumed': (payload) => `Consumed ${sumQuantity(payload.lines)} units from ${plural(payload.lines.length, 'lot')}`,
  'mes.MachineStateChanged': (payload) => `Machine ${payload.from ?? 'new'} → ${payload.to}${payload.reason ? `: ${payload.reason}` : ''}`,
};
