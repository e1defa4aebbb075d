import { describe, expect, it } from 'vitest';
import { committedPart, moneyAtRisk } from './rush-order.rules.ts';

describe('rush-order rules', () => {
  it('weigh a rush order against the work orders the committed schedule holds entirely', () => {
    const problem = {
      machines: [{ id: 'm' }],
      jobs: [
        { id: 'kept', operations: [{ id: '10', alternatives: [{ machineId: 'm', duration: 5 }] }] },
        { id: 'new', operations: [{ id: '10', alternatives: [{ machineId: 'm', duration: 5 }] }] },
      ],
    };
    const committed = { operations: [{ jobId: 'kept', operationId: '10', machineId: 'm', start: 0, end: 5, setup: 0 }], makespan: 5, weightedTardiness: 0, makespanLowerBound: 0, weightedTardinessLowerBound: 0 };
    expect(committedPart(problem, committed).jobs.map((job) => job.id)).toEqual(['kept']);
  });

  it('count each customer order behind newly late work orders once', () => {
    const salesOrderOf = new Map([
      ['wo-1', 'so-1'],
      ['wo-2', 'so-1'],
      ['wo-3', null],
    ]);
    expect(moneyAtRisk(['wo-1', 'wo-2', 'wo-3'], salesOrderOf, [{ salesOrderId: 'so-1', value: 1200.5 }, { salesOrderId: 'so-2', value: 99 }])).toBe(1200.5);
  });
});
