import { describe, expect, it } from 'vitest';
import { crossSiteStock } from './transfer.rules.ts';

describe('an item’s stock across sites', () => {
  it('lists each warehouse once with what is on hand and what is on its way to it', () => {
    expect(
      crossSiteStock(
        [
          { warehouseId: 'w-ber', siteId: 'berlin', quantity: 30 },
          { warehouseId: 'w-ber', siteId: 'berlin', quantity: 5 },
          { warehouseId: 'w-rtm', siteId: 'rotterdam', quantity: 10 },
        ],
        [
          { warehouseId: 'w-rtm', siteId: 'rotterdam', quantity: 8 },
          { warehouseId: 'w-vie', siteId: 'austria', quantity: 4 },
        ],
      ),
    ).toEqual([
      { warehouseId: 'w-vie', siteId: 'austria', onHand: 0, inTransit: 4 },
      { warehouseId: 'w-ber', siteId: 'berlin', onHand: 35, inTransit: 0 },
      { warehouseId: 'w-rtm', siteId: 'rotterdam', onHand: 10, inTransit: 8 },
    ]);
  });

  it('is empty for an item nowhere', () => {
    expect(crossSiteStock([], [])).toEqual([]);
  });
});
