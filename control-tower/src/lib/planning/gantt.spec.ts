import { describe, expect, it } from 'vitest';
import { ganttRows, whyItWaits, zoomExtent, type GanttOperation } from './gantt.ts';

const op = (overrides: Partial<GanttOperation>): GanttOperation => ({
  workOrderId: 'wo-1',
  workOrderNumber: 'WO-1',
  itemSku: 'FG-1',
  sequence: 10,
  machineId: 'm1',
  machineCode: 'CUT-1',
  start: '2026-12-01T08:00:00.000Z',
  end: '2026-12-01T10:00:00.000Z',
  setupMinutes: 0,
  late: false,
  dueDate: '2026-12-02',
  ...overrides,
});

describe('the Gantt chart', () => {
  it('has a row per machine or per work order', () => {
    const operations = [op({}), op({ workOrderId: 'wo-2', workOrderNumber: 'WO-2', machineId: 'm0', machineCode: 'CUT-0' })];
    expect(ganttRows(operations, 'machine').map((row) => row.label)).toEqual(['CUT-0', 'CUT-1']);
    expect(ganttRows(operations, 'order').map((row) => row.label)).toEqual(['WO-1', 'WO-2']);
  });

  it('says whether an operation waits for its previous step or for its machine', () => {
    const cut = op({});
    const other = op({ workOrderId: 'wo-2', workOrderNumber: 'WO-2', machineId: 'm2', machineCode: 'WELD-1', start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T11:00:00.000Z' });
    const weld = op({ sequence: 20, machineId: 'm2', machineCode: 'WELD-1', start: '2026-12-01T11:30:00.000Z', end: '2026-12-01T12:00:00.000Z', setupMinutes: 30 });
    expect(whyItWaits(weld, [cut, other, weld])).toMatch(/^Machine WELD-1 is busy with WO-2 step 10/);
    const afterCut = op({ sequence: 20, machineId: 'm3', machineCode: 'WELD-2', start: '2026-12-01T10:00:00.000Z', end: '2026-12-01T11:00:00.000Z' });
    expect(whyItWaits(afterCut, [cut, afterCut])).toMatch(/^Waits for its step 10 on CUT-1/);
  });

  it('zooms from weeks out to hours in', () => {
    const [out, deep] = zoomExtent(14 * 24 * 3_600_000);
    expect(out).toBe(0.5);
    expect(deep).toBe(84);
  });
});
