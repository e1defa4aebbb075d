import { describe, expect, it } from 'vitest';
import { planPicks, type AvailableStock } from './picking.rules.ts';
import { matchOrderedLines, validateShipmentRequest } from './shipment.rules.ts';

const stock = (lotNumber: string, quantity: number, expiryDate: string | null, received = '2026-01-01'): AvailableStock => ({
  balanceId: `b-${lotNumber}`,
  lotId: `l-${lotNumber}`,
  lotNumber,
  locationId: 'loc',
  quantity,
  expiryDate,
  receivedAt: new Date(received),
});

describe('picking first expiry, first out', () => {
  it('takes the soonest-expiring lot first and splits across lots', () => {
    const picks = planPicks({ sku: 'LUBE', quantity: 15 }, [stock('late', 50, '2027-06-01'), stock('soon', 10, '2027-01-01'), stock('never', 50, null)], '2026-11-24');
    expect(picks.map((pick) => [pick.lotNumber, pick.quantity])).toEqual([
      ['soon', 10],
      ['late', 5],
    ]);
  });

  it('never picks a lot that has expired by the ship date', () => {
    const picks = planPicks({ sku: 'LUBE', quantity: 5 }, [stock('expired', 50, '2026-11-01'), stock('fresh', 10, '2027-01-01')], '2026-11-24');
    expect(picks.map((pick) => pick.lotNumber)).toEqual(['fresh']);
  });

  it('breaks ties by receipt, oldest first, and lets two lines draw on the same stock', () => {
    const available = [stock('newer', 5, null, '2026-03-01'), stock('older', 5, null, '2026-02-01')];
    expect(planPicks({ sku: 'X', quantity: 4 }, available, '2026-11-24').map((pick) => pick.lotNumber)).toEqual(['older']);
    expect(planPicks({ sku: 'X', quantity: 4 }, available, '2026-11-24').map((pick) => [pick.lotNumber, pick.quantity])).toEqual([
      ['older', 1],
      ['newer', 3],
    ]);
  });

  it('refuses to ship more than is pickable, naming the shortfall', () => {
    expect(() => planPicks({ sku: 'PUMP', quantity: 12 }, [stock('a', 10, null)], '2026-11-24')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: 'Not enough PUMP to ship: 12 asked, 10 pickable' }),
    );
  });
});

describe('shipment requests', () => {
  const ordered = [{ lineId: 'l1', itemId: 'i1', quantity: 10 }];

  it('allows partial shipments up to what is still open', () => {
    expect(matchOrderedLines('SO-1', [{ salesOrderLineId: 'l1', quantity: 4 }], ordered, new Map([['l1', 6]]))).toEqual([
      { salesOrderLineId: 'l1', quantity: 4, itemId: 'i1' },
    ]);
  });

  it('refuses more than ordered, foreign lines, zero quantities and duplicates', () => {
    expect(() => matchOrderedLines('SO-1', [{ salesOrderLineId: 'l1', quantity: 5 }], ordered, new Map([['l1', 6]]))).toThrow(/only 4 of 10/);
    expect(() => matchOrderedLines('SO-1', [{ salesOrderLineId: 'l9', quantity: 1 }], ordered, new Map())).toThrow(/not a line/);
    expect(() => validateShipmentRequest([{ salesOrderLineId: 'l1', quantity: 0 }])).toThrow(/greater than 0/);
    expect(() =>
      validateShipmentRequest([
        { salesOrderLineId: 'l1', quantity: 1 },
        { salesOrderLineId: 'l1', quantity: 1 },
      ]),
    ).toThrow(/twice/);
  });
});
