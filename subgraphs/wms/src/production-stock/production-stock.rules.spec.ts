import { describe, expect, it } from 'vitest';
import { allocateIssue } from './production-stock.rules.ts';

describe('production stock rules', () => {
  it('issues location by location until the requested quantity is taken', () => {
    expect(allocateIssue([{ locationId: 'a', quantity: 5 }, { locationId: 'b', quantity: 10 }], 8)).toEqual([
      { locationId: 'a', quantity: 5 },
      { locationId: 'b', quantity: 3 },
    ]);
  });

  it('never takes more than the lot holds', () => {
    expect(allocateIssue([{ locationId: 'a', quantity: 2 }, { locationId: 'b', quantity: 0 }], 8)).toEqual([{ locationId: 'a', quantity: 2 }]);
  });
});
