import { describe, expect, it } from 'vitest';
import { explode, findCycle, validateBillOfMaterialsLines, type ProductStructure } from './bill-of-materials.rules.ts';

const structure: ProductStructure = new Map([
  ['bike', [{ componentId: 'wheel', quantityPer: 2 }, { componentId: 'frame', quantityPer: 1 }]],
  ['wheel', [{ componentId: 'spoke', quantityPer: 32 }, { componentId: 'rim', quantityPer: 1 }]],
]);

describe('bill of materials rules', () => {
  it('explodes every level depth first with extended quantities', () => {
    expect(explode('bike', 3, structure)).toEqual([
      { level: 1, componentId: 'wheel', quantityPer: 2, extendedQuantity: 6, path: ['bike', 'wheel'] },
      { level: 2, componentId: 'spoke', quantityPer: 32, extendedQuantity: 192, path: ['bike', 'wheel', 'spoke'] },
      { level: 2, componentId: 'rim', quantityPer: 1, extendedQuantity: 6, path: ['bike', 'wheel', 'rim'] },
      { level: 1, componentId: 'frame', quantityPer: 1, extendedQuantity: 3, path: ['bike', 'frame'] },
    ]);
  });

  it('finds the cycle a new component would close', () => {
    expect(findCycle('spoke', ['bike'], structure)).toEqual(['spoke', 'bike', 'wheel', 'spoke']);
  });

  it('finds no cycle when a shared component is used twice', () => {
    expect(findCycle('trike', ['wheel', 'frame', 'bike'], structure)).toBeNull();
  });

  it('rejects zero quantities, self-reference and duplicates', () => {
    expect(() => validateBillOfMaterialsLines('a', [{ componentId: 'b', quantityPer: 0 }])).toThrow(/greater than 0/);
    expect(() => validateBillOfMaterialsLines('a', [{ componentId: 'a', quantityPer: 1 }])).toThrow(/itself/);
    expect(() =>
      validateBillOfMaterialsLines('a', [
        { componentId: 'b', quantityPer: 1 },
        { componentId: 'b', quantityPer: 2 },
      ]),
    ).toThrow(/twice/);
  });
});
