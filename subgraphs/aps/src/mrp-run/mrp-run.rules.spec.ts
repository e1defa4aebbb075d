import { describe, expect, it } from 'vitest';
import { planningValues } from '../item-planning/item-planning.rules.ts';
import { planMaterialRequirements } from '../mrp/mrp.rules.ts';
import { planRows } from './mrp-run.rules.ts';
import { itemsInScope, masterScheduleInput, mrpInput, type PlanningData } from './planning-input.rules.ts';

const made = planningValues('m', 'SFG', { leadTimeWeeks: 1, lotRule: 'LOT_FOR_LOT' });
const bought = planningValues('c', 'RM', { leadTimeWeeks: 2, lotRule: 'FIXED_ORDER_QUANTITY', fixedQuantity: 100 });

/** Two products sharing one bought component; today is a Wednesday, so week 0 starts on Monday 2026-11-30. */
const plant = (overrides: Partial<PlanningData> = {}): PlanningData => ({
  today: '2026-12-02',
  weeks: 6,
  items: [
    { id: 'a', itemType: 'SFG', planning: made },
    { id: 'b', itemType: 'SFG', planning: made },
    { id: 'c', itemType: 'RM', planning: bought },
    { id: 'unused', itemType: 'RM', planning: null },
  ],
  bom: [
    { parentId: 'a', componentId: 'c', quantityPer: 2 },
    { parentId: 'b', componentId: 'c', quantityPer: 1 },
  ],
  salesLines: [
    { lineId: 'line-a', salesOrderId: 'so-1', itemId: 'a', openQuantity: 10, dueDate: '2026-12-23' },
    { lineId: 'line-b', salesOrderId: 'so-2', itemId: 'b', openQuantity: 5, dueDate: '2026-12-21' },
  ],
  forecasts: [],
  onHand: new Map(),
  purchaseLines: [],
  workOrders: [],
  firmOrders: [],
  ...overrides,
});

let sequence = 0;
const newId = () => `new-${(sequence += 1)}`;

function plan(data: PlanningData) {
  const { periods, input } = mrpInput(data);
  const result = planMaterialRequirements(input);
  const salesOrderOfLine = new Map(data.salesLines.map((line) => [line.lineId, line.salesOrderId]));
  return planRows(result, periods, salesOrderOfLine, newId);
}

describe('planning input from the read models', () => {
  it('plans the items with demand and everything below them only', () => {
    expect(itemsInScope(plant())).toEqual(['a', 'b', 'c']);
  });

  it('offsets lead times and sizes lots on dates, pegging the common component to both customer orders', () => {
    const { orders } = plan(plant());
    const byItem = (itemId: string) => orders.filter((order) => order.itemId === itemId);
    expect(byItem('a')).toMatchObject([{ kind: 'PRODUCTION', quantity: 10, releaseDate: '2026-12-14', dueDate: '2026-12-21', peggedSalesOrderIds: ['so-1'] }]);
    expect(byItem('b')).toMatchObject([{ kind: 'PRODUCTION', quantity: 5, releaseDate: '2026-12-14', dueDate: '2026-12-21', peggedSalesOrderIds: ['so-2'] }]);
    const [component] = byItem('c');
    // 2 × 10 + 1 × 5 = 25 needed when the parents are released (week 2), ordered as one fixed lot of 100 two weeks earlier.
    expect(component).toMatchObject({ kind: 'PURCHASE', quantity: 100, releaseDate: '2026-11-30', dueDate: '2026-12-14', peggedSalesOrderIds: ['so-1', 'so-2'] });
    const parentOf = (itemId: string) => byItem(itemId)[0]!.id;
    expect(component!.pegs).toEqual(
      expect.arrayContaining([
        { kind: 'PARENT_ORDER', demandId: null, parentOrderId: parentOf('a'), date: '2026-12-14', quantity: 20 },
        { kind: 'PARENT_ORDER', demandId: null, parentOrderId: parentOf('b'), date: '2026-12-14', quantity: 5 },
        expect.objectContaining({ kind: 'EXCESS', quantity: 75 }),
      ]),
    );
  });

  it('nets stock and open purchase-order lines and says when an open line comes too late', () => {
    const { orders, exceptions } = plan(plant({ onHand: new Map([['c', 5]]), purchaseLines: [{ lineId: 'po-line', itemId: 'c', openQuantity: 20, dueDate: '2026-12-28' }] }));
    // 25 needed in week 2: 5 on hand and the open 20 (due week 4) cover it once brought in, so nothing new is bought.
    expect(orders.filter((order) => order.itemId === 'c')).toEqual([]);
    expect(exceptions).toContainEqual(expect.objectContaining({ kind: 'EXPEDITE', itemId: 'c', orderId: 'po-line', date: '2026-12-28', neededDate: '2026-12-14', quantity: 20 }));
  });

  it('keeps a firmed planned order under its own id and plans around it', () => {
    const { orders } = plan(plant({ firmOrders: [{ id: 'firm-a', itemId: 'a', quantity: 12, dueDate: '2026-12-21', releaseDate: '2026-12-14' }] }));
    expect(orders.filter((order) => order.itemId === 'a')).toMatchObject([{ id: 'firm-a', firm: true, quantity: 12 }]);
  });

  it('feeds master-scheduled items the orders and the forecast they did not consume beyond the demand time fence', () => {
    const finished = planningValues('f', 'FG', { leadTimeWeeks: 0, lotRule: 'LOT_FOR_LOT', demandTimeFence: 1 });
    const data = plant({
      items: [{ id: 'f', itemType: 'FG', planning: finished }],
      bom: [],
      salesLines: [{ lineId: 'line-f', salesOrderId: 'so-3', itemId: 'f', openQuantity: 4, dueDate: '2026-12-09' }],
      forecasts: [
        { itemId: 'f', weekStart: '2026-11-30', quantity: 9 },
        { itemId: 'f', weekStart: '2026-12-07', quantity: 10 },
      ],
    });
    expect(masterScheduleInput(data).items.map((item) => item.id)).toEqual(['f']);
    const { orders } = plan(data);
    // Week 0 is inside the demand time fence: its forecast does not count. Week 1: 4 ordered of 10 forecast, 10 in all.
    expect(orders.map((order) => [order.dueDate, order.quantity])).toEqual([['2026-12-07', 10]]);
  });

  it('refuses an item in the plan without a lead time, naming it', () => {
    const data = plant({ items: [...plant().items.filter((item) => item.id !== 'c'), { id: 'c', itemType: 'RM', planning: null }] });
    expect(() => plan(data)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ reason: 'MISSING_LEAD_TIME', itemId: 'c' }) }));
  });

  it('refuses a cyclic bill of materials', () => {
    const data = plant({ bom: [...plant().bom, { parentId: 'c', componentId: 'a', quantityPer: 1 }] });
    expect(() => plan(data)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ reason: 'BOM_CYCLE' }) }));
  });
});
