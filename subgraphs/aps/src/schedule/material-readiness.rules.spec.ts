import { describe, expect, it } from 'vitest';
import { materialReadiness } from './material-readiness.rules.ts';

const order = (id: string, priority: number, quantity: number) => ({ id, number: id, itemId: 'pump', quantity, dueDate: '2026-12-10', priority, salesOrderId: null });

describe('material readiness of work orders', () => {
  it('gives stock to the most urgent work order first and waits for inbound lines for the rest', () => {
    const ready = materialReadiness(
      [order('later', 5, 10), order('urgent', 1, 10)],
      [{ parentId: 'pump', componentId: 'steel', quantityPer: 2 }],
      new Map([['steel', 25]]),
      [
        { itemId: 'steel', quantity: 10, dueDate: '2026-12-04' },
        { itemId: 'steel', quantity: 10, dueDate: '2026-12-02' },
      ],
    );
    // The urgent order takes 20 of the 25 on hand; the later one needs 15 more: 10 arriving on the 2nd and 5 on the 4th.
    expect(ready).toEqual(new Map([['later', new Date('2026-12-04T00:00:00Z')]]));
  });

  it('leaves out what nothing inbound covers', () => {
    expect(materialReadiness([order('short', 1, 10)], [{ parentId: 'pump', componentId: 'steel', quantityPer: 1 }], new Map(), [])).toEqual(new Map());
  });
});
