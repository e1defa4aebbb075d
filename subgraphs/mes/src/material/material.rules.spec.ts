import { describe, expect, it } from 'vitest';
import { validateConsumption, type KnownLot } from './material.rules.ts';

const order = { number: 'WO-2026-000001', warehouseId: 'w1', status: 'IN_PROGRESS' };
const lot = (id: string, extra: Partial<KnownLot> = {}): KnownLot => ({ id, lotNumber: id.toUpperCase(), itemId: 'steel', warehouseId: 'w1', onHold: false, holdReason: null, ...extra });

describe('material consumption rules', () => {
  it('adds up lines of the same lot', () => {
    expect(validateConsumption(order, [{ lotId: 'a', quantity: 2 }, { lotId: 'A', quantity: 3 }], [lot('a')], ['steel'])).toEqual([{ lot: lot('a'), quantity: 5 }]);
  });

  it('refuses a lot on hold, of the wrong item, elsewhere or unknown', () => {
    expect(() => validateConsumption(order, [{ lotId: 'a', quantity: 1 }], [lot('a', { onHold: true, holdReason: 'NCR-7' })], ['steel'])).toThrow(/on hold: NCR-7/);
    expect(() => validateConsumption(order, [{ lotId: 'a', quantity: 1 }], [lot('a', { itemId: 'brass' })], ['steel'])).toThrow(/does not name/);
    expect(() => validateConsumption(order, [{ lotId: 'a', quantity: 1 }], [lot('a', { warehouseId: 'w2' })], ['steel'])).toThrow(/another warehouse/);
    expect(() => validateConsumption(order, [{ lotId: 'b', quantity: 1 }], [lot('a')], ['steel'])).toThrow(/lot b not found/);
  });

  it('refuses nothing to consume and a completed work order', () => {
    expect(() => validateConsumption(order, [], [], ['steel'])).toThrow(/at least one lot/);
    expect(() => validateConsumption({ ...order, status: 'COMPLETED' }, [{ lotId: 'a', quantity: 1 }], [lot('a')], ['steel'])).toThrow(/is completed/);
  });
});
