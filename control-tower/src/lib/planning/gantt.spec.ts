import { describe, expect, it } from 'vitest';
import { ganttRows, holdsOn, lateBy, snapShift, tickLabel, visibleOperations, whyItWaits, zoomExtent, type GanttOperation } from './gantt.ts';

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
const time = (iso: string) => iso.slice(11, 16);
const hour = 3_600_000;

describe('the Gantt chart', () => {
  it('has a row per machine or per work order', () => {
    const operations = [op({}), op({ workOrderId: 'wo-2', workOrderNumber: 'WO-2', machineId: 'm0', machineCode: 'CUT-0' })];
    expect(ganttRows(operations, 'machine').map((row) => row.label)).toEqual(['CUT-0', 'CUT-1']);
    expect(ganttRows(operations, 'order').map((row) => row.label)).toEqual(['WO-1', 'WO-2']);
  });

  it('zooms from weeks out to hours in', () => {
    const [out, deep] = zoomExtent(14 * 24 * hour);
    expect(out).toBe(0.5);
    expect(deep).toBe(84);
  });

  it('draws only the operations that reach into the visible range, changeovers included', () => {
    const early = op({ start: '2026-12-01T08:00:00.000Z', end: '2026-12-01T10:00:00.000Z' });
    const setUpInRange = op({ sequence: 20, start: '2026-12-01T13:00:00.000Z', end: '2026-12-01T14:00:00.000Z', setupMinutes: 90 });
    const late = op({ sequence: 30, start: '2026-12-02T08:00:00.000Z', end: '2026-12-02T09:00:00.000Z' });
    const from = Date.parse('2026-12-01T11:00:00.000Z');
    const to = Date.parse('2026-12-01T12:00:00.000Z');
    expect(visibleOperations([early, setUpInRange, late], from, to)).toEqual([setUpInRange]);
  });

  it('moves a dragged operation by steps a few pixels wide at the zoom', () => {
    // Weeks across 1,000 px: 20 min a pixel, so 3 h steps; 24 h and a pixel stay 24 h.
    expect(snapShift(24 * hour + 20 * 60_000, 20 * 60_000)).toBe(24 * hour);
    // Hours across the width: a minute a pixel, so 15 min steps (the first at least 6 px).
    expect(snapShift(37 * 60_000, 60_000)).toBe(30 * 60_000);
    expect(snapShift(-(2 * hour + 50 * 60_000), 20 * 60_000)).toBe(-3 * hour);
  });

  it('labels days at midnight and clock times within a day, in the reader’s locale and UTC', () => {
    expect(tickLabel(new Date('2026-12-02T00:00:00Z'), 'en-GB')).toBe('Wed 2 Dec');
    expect(tickLabel(new Date('2026-12-02T00:00:00Z'), 'de-DE')).toBe('Mi., 2. Dez.');
    expect(tickLabel(new Date('2026-12-02T14:30:00Z'), 'en-GB')).toBe('14:30');
  });
});

describe('what holds an operation at its start', () => {
  const cut = op({});
  const otherOrder = op({ workOrderId: 'wo-2', workOrderNumber: 'WO-2', machineId: 'm2', machineCode: 'WELD-1', start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T11:00:00.000Z' });

  it('is its previous step when that ends at its start', () => {
    const weld = op({ sequence: 20, machineId: 'm3', machineCode: 'WELD-2', start: '2026-12-01T10:00:00.000Z', end: '2026-12-01T11:00:00.000Z' });
    expect(holdsOn(weld, [cut, weld])).toEqual([{ kind: 'predecessor', by: cut }]);
    expect(whyItWaits(weld, [cut, weld], time)).toEqual(['Waits for its step 10 on CUT-1, which ends at 10:00 (precedence).']);
  });

  it('is its machine when the machine’s previous operation and the changeover end at its start', () => {
    const weld = op({ sequence: 20, machineId: 'm2', machineCode: 'WELD-1', start: '2026-12-01T11:30:00.000Z', end: '2026-12-01T12:00:00.000Z', setupMinutes: 30 });
    expect(holdsOn(weld, [cut, otherOrder, weld])).toEqual([{ kind: 'machine', by: otherOrder }]);
    expect(whyItWaits(weld, [cut, otherOrder, weld], time)).toEqual(['Waits for WELD-1, busy with WO-2 step 10 until 11:00, then 30 min changeover (machine conflict).']);
  });

  it('can be both at once, and only the step right before counts', () => {
    const first = op({ sequence: 5, start: '2026-12-01T06:00:00.000Z', end: '2026-12-01T07:00:00.000Z' });
    const weld = op({ sequence: 20, machineId: 'm2', machineCode: 'WELD-1', start: '2026-12-01T11:00:00.000Z', end: '2026-12-01T12:00:00.000Z' });
    const cutEndingLater = { ...cut, end: '2026-12-01T11:00:00.000Z' };
    expect(holdsOn(weld, [first, cutEndingLater, otherOrder, weld]).map((hold) => [hold.kind, hold.by.workOrderNumber, hold.by.sequence])).toEqual([
      ['predecessor', 'WO-1', 10],
      ['machine', 'WO-2', 10],
    ]);
  });

  it('is nothing in the schedule when it starts after both (its shift or material), and says how late a late one ends', () => {
    const weld = op({ sequence: 20, machineId: 'm2', machineCode: 'WELD-1', start: '2026-12-03T06:00:00.000Z', end: '2026-12-03T09:00:00.000Z', late: true });
    expect(holdsOn(weld, [cut, otherOrder, weld])).toEqual([]);
    expect(lateBy(weld)).toBe(9 * hour);
    expect(whyItWaits(weld, [cut, otherOrder, weld], time)).toEqual([
      'Late: ends 09:00, 9 h after its work order is due (2026-12-02).',
      'Neither a previous step nor its machine holds it: it starts when its shift, release or material allows.',
    ]);
  });

  it('does not count an operation on its machine that ends after its changeover begins', () => {
    const weld = op({ sequence: 20, machineId: 'm2', machineCode: 'WELD-1', start: '2026-12-01T11:00:00.000Z', end: '2026-12-01T12:00:00.000Z', setupMinutes: 30 });
    expect(holdsOn(weld, [otherOrder, weld])).toEqual([]);
  });
});
