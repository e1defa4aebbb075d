import { describe, expect, it } from 'vitest';
import { validateTransfer } from './transfer-order.rules.ts';

const from = '0190aaaa-0000-7000-8000-000000000001';
const to = '0190aaaa-0000-7000-8000-000000000002';
const item = '0190aaaa-0000-7000-8000-00000000000A';

describe('a transfer request', () => {
  it('is normalised when valid', () => {
    expect(validateTransfer({ fromWarehouseId: from, toWarehouseId: to, lines: [{ itemId: item, quantity: 5 }] })).toEqual({
      fromWarehouseId: from,
      toWarehouseId: to,
      lines: [{ itemId: item.toLowerCase(), quantity: 5 }],
    });
  });

  it('is refused to the same warehouse, without lines, with an item twice or a quantity not above 0', () => {
    const refused = expect.objectContaining({ code: 'BAD_USER_INPUT' });
    expect(() => validateTransfer({ fromWarehouseId: from, toWarehouseId: from, lines: [{ itemId: item, quantity: 1 }] })).toThrow(refused);
    expect(() => validateTransfer({ fromWarehouseId: from, toWarehouseId: to, lines: [] })).toThrow(refused);
    expect(() => validateTransfer({ fromWarehouseId: from, toWarehouseId: to, lines: [{ itemId: item, quantity: 1 }, { itemId: item.toLowerCase(), quantity: 2 }] })).toThrow(refused);
    expect(() => validateTransfer({ fromWarehouseId: from, toWarehouseId: to, lines: [{ itemId: item, quantity: 0 }] })).toThrow(refused);
    expect(() => validateTransfer({ fromWarehouseId: 'nope', toWarehouseId: to, lines: [{ itemId: item, quantity: 1 }] })).toThrow(refused);
  });
});
