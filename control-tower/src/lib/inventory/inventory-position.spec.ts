import { describe, expect, it } from 'vitest';
import { combinedTurns, excessStock, expiringLots, onHandByItem, rankedByTurns, slowMovers, warehousePositions, type Balance, type ItemFacts } from './inventory-position.ts';

const turns = (costOfGoodsSold: number, averageInventoryValue: number, days = 90) => {
  const raw = averageInventoryValue > 0 ? costOfGoodsSold / averageInventoryValue : null;
  return { days, costOfGoodsSold, averageInventoryValue, annualisedTurns: raw === null ? null : (raw * 365) / days, daysOfInventory: raw ? days / raw : null };
};
const item = (sku: string, cogs: number, inventory: number, extra: Partial<ItemFacts> = {}): ItemFacts => ({
  id: sku,
  sku,
  name: sku,
  type: 'FG',
  unitOfMeasure: 'EA',
  standardCost: 10,
  openDemand: 0,
  inventoryTurns: turns(cogs, inventory),
  ...extra,
});
const balance = (itemId: string, quantity: number, lot: string, expiryDate: string | null, warehouse = 'W1', site = 'S1'): Balance => ({
  quantity,
  item: { id: itemId },
  lot: { id: lot, lotNumber: `L-${lot}`, expiryDate },
  location: { warehouse: { id: warehouse, code: warehouse, name: `Warehouse ${warehouse}`, site: { id: site } } },
});

describe('inventory turns', () => {
  it('adds COGS and average inventory before dividing, as KPIS.md defines turns', () => {
    const total = combinedTurns([turns(900, 100), turns(0, 200)], 90);
    expect(total.costOfGoodsSold).toBe(900);
    expect(total.averageInventoryValue).toBe(300);
    expect(total.annualisedTurns).toBeCloseTo((3 * 365) / 90);
    expect(total.daysOfInventory).toBeCloseTo(30);
    expect(combinedTurns([], 90).annualisedTurns).toBeNull();
    expect(combinedTurns([turns(0, 50)], 90).daysOfInventory).toBeNull();
  });

  it('ranks stocked items slowest first and calls those under two turns a year slow', () => {
    const items = [item('FAST', 900, 100), item('IDLE', 0, 500), item('NONE', 0, 0), item('SLOW', 30, 100)];
    expect(rankedByTurns(items).map((entry) => entry.sku)).toEqual(['IDLE', 'SLOW', 'FAST']);
    expect(slowMovers(items).map((entry) => entry.sku)).toEqual(['IDLE', 'SLOW']);
  });
});

describe('stock on hand', () => {
  it('finds excess beyond ninety days of usage and open orders', () => {
    // 900 of COGS at 10 a unit over 90 days: 1 unit a day, so 90 days need 90, plus 5 on open orders.
    const moving = item('MOVING', 900, 100, { openDemand: 5 });
    const idle = item('IDLE', 0, 100);
    const onHand = new Map([['MOVING', 120], ['IDLE', 4]]);
    expect(excessStock([moving, idle], onHand).map(({ item: { sku }, quantity, value }) => ({ sku, quantity, value }))).toEqual([
      { sku: 'MOVING', quantity: 25, value: 250 },
      { sku: 'IDLE', quantity: 4, value: 40 },
    ]);
    expect(excessStock([moving], new Map([['MOVING', 95]]))).toEqual([]);
  });

  it('lists lots expired or expiring within thirty days, soonest first, per warehouse', () => {
    const balances = [
      balance('A', 5, '1', '2026-12-20'),
      balance('A', 3, '1', '2026-12-20'),
      balance('B', 2, '2', '2026-11-20', 'W2'),
      balance('C', 9, '3', '2027-03-01'),
      balance('D', 1, '4', null),
    ];
    expect(expiringLots(balances, '2026-11-30').map(({ lotNumber, quantity, daysLeft }) => [lotNumber, quantity, daysLeft])).toEqual([
      ['L-2', 2, -10],
      ['L-1', 8, 20],
    ]);
    expect(expiringLots(balances, '2026-11-30', 'S2')).toEqual([]);
  });

  it('sums each warehouse at standard cost, and on hand per item for a site', () => {
    const balances = [balance('A', 5, '1', null), balance('B', 2, '2', null), balance('A', 1, '3', null, 'W2', 'S2')];
    const positions = warehousePositions(balances, new Map([['A', 10], ['B', 100]]));
    expect(positions.map(({ code, items, lots, quantity, value }) => ({ code, items, lots, quantity, value }))).toEqual([
      { code: 'W1', items: 2, lots: 2, quantity: 7, value: 250 },
      { code: 'W2', items: 1, lots: 1, quantity: 1, value: 10 },
    ]);
    expect([...onHandByItem(balances, 'S2')]).toEqual([['A', 1]]);
  });
});
