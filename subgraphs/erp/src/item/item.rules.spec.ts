import { describe, expect, it } from 'vitest';
import { validateNewItem } from './item.rules.ts';

const valid = { sku: 'fg-100', name: ' Pump ', type: 'FG', unitOfMeasure: 'ea', standardCost: 12.5 };

describe('validateNewItem', () => {
  it('normalises SKU and unit of measure to upper case and trims the name', () => {
    expect(validateNewItem(valid)).toEqual({ sku: 'FG-100', name: 'Pump', type: 'FG', unitOfMeasure: 'EA', standardCost: 12.5 });
  });

  it.each([
    [{ sku: 'a b' }, 'sku'],
    [{ name: '  ' }, 'name'],
    [{ type: 'XX' }, 'type'],
    [{ unitOfMeasure: 'kilo gram' }, 'unitOfMeasure'],
    [{ standardCost: -1 }, 'standardCost'],
    [{ standardCost: Number.NaN }, 'standardCost'],
  ])('rejects %o naming the field %s', (change, field) => {
    expect(() => validateNewItem({ ...valid, ...change })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field } }));
  });
});
