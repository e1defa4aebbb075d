import { describe, expect, it } from 'vitest';
import { workOrderYield, type Inspection } from './first-pass-yield.rules.ts';
import { completedOnTime } from './schedule-adherence.rules.ts';

const inspection = (hour: number, passed: boolean, inspected: number, rejected: number, disposition: Inspection['disposition'] = null): Inspection => ({
  time: new Date(Date.UTC(2026, 2, 2, hour)),
  passed,
  quantityInspected: inspected,
  quantityRejected: rejected,
  disposition,
});

describe('first pass yield of a work order', () => {
  it('counts units inspected once across successive inspections: the largest inspection', () => {
    expect(workOrderYield([inspection(8, true, 20, 0), inspection(12, true, 100, 0)])).toEqual({ unitsInspected: 100, firstPassUnits: 100, reasons: [] });
  });

  it('does not count reworked units twice when their re-inspection passes with disposition REWORK', () => {
    expect(
      workOrderYield([inspection(8, false, 50, 5, 'REWORK'), inspection(9, true, 5, 0, 'REWORK'), inspection(12, true, 100, 0)]),
    ).toEqual({ unitsInspected: 100, firstPassUnits: 95, reasons: ['REWORK'] });
  });

  it('fails reworked units whose rejection was never reported', () => {
    expect(workOrderYield([inspection(9, true, 4, 0, 'REWORK'), inspection(12, true, 100, 0)])).toEqual({
      unitsInspected: 100,
      firstPassUnits: 96,
      reasons: ['REWORK'],
    });
  });

  it('fails units accepted under concession, counted or not', () => {
    expect(workOrderYield([inspection(12, true, 80, 2, 'CONCESSION')])).toEqual({ unitsInspected: 80, firstPassUnits: 78, reasons: ['CONCESSION'] });
    expect(workOrderYield([inspection(12, true, 30, 0, 'CONCESSION')])).toEqual({ unitsInspected: 30, firstPassUnits: 0, reasons: ['CONCESSION'] });
  });

  it('fails rejected units, and a whole failed lot when no count of rejects is given', () => {
    expect(workOrderYield([inspection(10, false, 40, 40, 'SCRAP')])).toEqual({ unitsInspected: 40, firstPassUnits: 0, reasons: ['REJECTED'] });
    expect(workOrderYield([inspection(10, false, 10, 0)])).toEqual({ unitsInspected: 10, firstPassUnits: 0, reasons: ['REJECTED'] });
    expect(workOrderYield([inspection(10, false, 50, 3, 'SCRAP'), inspection(11, false, 50, 4, 'REWORK'), inspection(12, true, 50, 1, 'CONCESSION')])).toEqual({
      unitsInspected: 50,
      firstPassUnits: 42,
      reasons: ['REJECTED', 'REWORK', 'CONCESSION'],
    });
  });

  it('never fails more units than were inspected', () => {
    expect(workOrderYield([inspection(10, false, 10, 8, 'SCRAP'), inspection(11, false, 10, 9, 'SCRAP')]).firstPassUnits).toBe(0);
  });
});

describe('schedule adherence', () => {
  it('is on time up to the scheduled instant, or through the whole scheduled day', () => {
    expect(completedOnTime(new Date('2026-03-02T12:00:00Z'), '2026-03-02T12:00:00Z')).toBe(true);
    expect(completedOnTime(new Date('2026-03-02T12:00:01Z'), '2026-03-02T12:00:00Z')).toBe(false);
    expect(completedOnTime(new Date('2026-03-02T23:59:59Z'), '2026-03-02')).toBe(true);
    expect(completedOnTime(new Date('2026-03-03T00:00:00Z'), '2026-03-02')).toBe(false);
    expect(completedOnTime(new Date('2026-03-02T10:00:00Z'), 'soon')).toBe(false);
  });
});
