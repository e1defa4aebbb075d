import { describe, expect, it } from 'vitest';
import { assertCanComplete, assertCanReport, assertCanStart, priorityForPromise, validateNewWorkOrder, workOrderOutput } from './work-order.rules.ts';

const machine = { id: 'm1', code: 'CNC-01', state: 'IDLE' as const };
const pending = { sequence: 20, status: 'PENDING' as const, machineIds: ['m1', 'm2'] };
const order = { number: 'WO-2026-000001', quantity: 100, overReportTolerance: 0.05 };
const quantities = { goodQuantity: 10, scrapQuantity: 0, reworkQuantity: 0, labourMinutes: 5 };

describe('work order rules', () => {
  it('validates a new work order with default priority and tolerance', () => {
    expect(validateNewWorkOrder({ quantity: 5, dueDate: '2026-12-01' })).toEqual({ quantity: 5, dueDate: '2026-12-01', priority: 5, overReportTolerance: 0.05 });
    expect(() => validateNewWorkOrder({ quantity: 0, dueDate: '2026-12-01' })).toThrow(/greater than 0/);
    expect(() => validateNewWorkOrder({ quantity: 1, dueDate: '1.12.2026' })).toThrow(/YYYY-MM-DD/);
    expect(() => validateNewWorkOrder({ quantity: 1, dueDate: '2026-12-01', priority: 0 })).toThrow(/from 1/);
  });

  it('raises priority as a promise comes close, never lowers it', () => {
    const now = new Date('2026-11-30T10:00:00Z');
    expect(priorityForPromise(5, '2026-12-02', now)).toBe(1);
    expect(priorityForPromise(5, '2026-12-04', now)).toBe(2);
    expect(priorityForPromise(5, '2026-12-09', now)).toBe(3);
    expect(priorityForPromise(5, '2026-12-30', now)).toBe(5);
    expect(priorityForPromise(2, '2026-12-09', now)).toBe(2);
  });

  it('starts an operation only on an allowed machine that is up, on shift, free, after its predecessor started', () => {
    expect(() => assertCanStart(pending, machine, { ...pending, sequence: 10, status: 'RUNNING' }, null)).not.toThrow();
    expect(() => assertCanStart(pending, { ...machine, id: 'm9' }, null, null)).toThrow(/not one the routing allows/);
    expect(() => assertCanStart(pending, { ...machine, state: 'DOWN' }, null, null)).toThrow(/is down/);
    expect(() => assertCanStart(pending, { ...machine, state: 'OFF_SHIFT' }, null, null)).toThrow(/off shift/);
    expect(() => assertCanStart(pending, machine, null, 'operation 10 of WO-1')).toThrow(/busy with operation 10/);
    expect(() => assertCanStart(pending, machine, { ...pending, sequence: 10 }, null)).toThrow(/Operation 10 has not started/);
    expect(() => assertCanStart({ ...pending, status: 'COMPLETED' }, machine, null, null)).toThrow(/already been completed/);
  });

  it('takes reports only while the operation and its machine run, within the tolerance', () => {
    const running = { sequence: 10, status: 'RUNNING' as const, goodQuantity: 95 };
    expect(assertCanReport(running, { code: 'CNC-01', state: 'RUNNING' }, order, quantities)).toBeNull();
    expect(() => assertCanReport(running, { code: 'CNC-01', state: 'RUNNING' }, order, { ...quantities, goodQuantity: 10.5 })).toThrow(/allows 105 good units/);
    expect(() => assertCanReport(running, { code: 'CNC-01', state: 'DOWN' }, order, quantities)).toThrow(/CNC-01 is down, not running/);
    expect(() => assertCanReport({ ...running, status: 'SETUP' }, { code: 'CNC-01', state: 'SETUP' }, order, quantities)).toThrow(/still in setup/);
    expect(() => assertCanReport(running, { code: 'CNC-01', state: 'RUNNING' }, order, { ...quantities, scrapQuantity: 2 })).toThrow(/why units were scrapped/);
    expect(assertCanReport(running, { code: 'CNC-01', state: 'RUNNING' }, order, { ...quantities, scrapQuantity: 2, scrapReason: ' burr ' })).toBe('BURR');
    expect(() => assertCanReport(running, { code: 'CNC-01', state: 'RUNNING' }, order, { ...quantities, goodQuantity: -1 })).toThrow(/0 or more/);
  });

  it('completes an operation once', () => {
    expect(() => assertCanComplete({ sequence: 10, status: 'PAUSED' })).not.toThrow();
    expect(() => assertCanComplete({ sequence: 10, status: 'COMPLETED' })).toThrow(/already completed/);
    expect(() => assertCanComplete({ sequence: 10, status: 'PENDING' })).toThrow(/not started/);
  });

  it('reports the last operation’s good units and all scrap as the work order’s output', () => {
    expect(workOrderOutput([{ sequence: 20, goodQuantity: 95, scrapQuantity: 2 }, { sequence: 10, goodQuantity: 97, scrapQuantity: 3 }])).toEqual({ goodQuantity: 95, scrapQuantity: 5 });
  });
});
