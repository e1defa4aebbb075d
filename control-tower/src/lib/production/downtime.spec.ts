import { describe, expect, it } from 'vitest';
import { downtimeBars, downtimePareto } from './downtime.ts';

describe('downtime Pareto', () => {
  const entries = [
    { reason: 'NO_MATERIAL', state: 'IDLE', seconds: 1800, occurrences: 1 },
    { reason: 'BREAKDOWN', state: 'DOWN', seconds: 3600, occurrences: 1 },
    { reason: 'NO_MATERIAL', state: 'IDLE', seconds: 3600, occurrences: 2 },
  ];

  it('sums each reason across machines, longest first', () => {
    expect(downtimePareto(entries)).toEqual([
      { reason: 'NO_MATERIAL', state: 'IDLE', seconds: 5400, occurrences: 3 },
      { reason: 'BREAKDOWN', state: 'DOWN', seconds: 3600, occurrences: 1 },
    ]);
  });

  it('keeps a reason apart when it stopped machines in different states', () => {
    expect(downtimePareto([...entries, { reason: 'NO_MATERIAL', state: 'DOWN', seconds: 60, occurrences: 1 }])).toHaveLength(3);
  });

  it('draws hours named from the reason codes, unplanned stops flagged', () => {
    const bars = downtimeBars(downtimePareto(entries), new Map([['BREAKDOWN', 'Breakdown']]));
    expect(bars).toEqual([
      { id: 'IDLE NO_MATERIAL', label: 'NO_MATERIAL (idle)', value: 1.5, flagged: false },
      { id: 'DOWN BREAKDOWN', label: 'Breakdown (down)', value: 1, flagged: true },
    ]);
  });
});
