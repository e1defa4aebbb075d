import { describe, expect, it } from 'vitest';
import { checkFamilyMembers, validateNewProductFamily } from './product-family.rules.ts';

describe('product family rules', () => {
  it('normalise codes and units to upper case and refuse empty names', () => {
    expect(validateNewProductFamily({ code: ' pumps ', name: ' Pumps ', unitOfMeasure: 'ea' })).toEqual({ code: 'PUMPS', name: 'Pumps', unitOfMeasure: 'EA' });
    expect(() => validateNewProductFamily({ code: 'P', name: 'Pumps', unitOfMeasure: 'EA' })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => validateNewProductFamily({ code: 'PUMPS', name: '  ', unitOfMeasure: 'EA' })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => validateNewProductFamily({ code: 'PUMPS', name: 'Pumps', unitOfMeasure: 'each unit' })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('take finished goods in the family unit only', () => {
    const family = { code: 'PUMPS', unitOfMeasure: 'EA' };
    expect(() => checkFamilyMembers(family, [{ id: 'a', sku: 'PUMP-1', type: 'FG', unitOfMeasure: 'EA' }])).not.toThrow();
    expect(() => checkFamilyMembers(family, [{ id: 'b', sku: 'SFG-1', type: 'SFG', unitOfMeasure: 'EA' }])).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => checkFamilyMembers(family, [{ id: 'c', sku: 'LUBE', type: 'FG', unitOfMeasure: 'L' }])).toThrow(/counted in L/);
  });
});
