import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const LotSchema = defineEntity({
  name: 'Lot',
  tableName: 'lot',
  properties: {
    id: p.uuid().primary(),
    itemId: p.uuid(),
    lotNumber: p.string(),
    expiryDate: p.date().nullable(),
    receivedAt: p.datetime(),
  },
});

export type Lot = InferEntity<typeof LotSchema>;

/** A lot as the graph names it: one wms received, or only the id of one it has not (a work order's output in progress). */
export type LotReference = Lot | { id: string; itemId?: undefined };

export const isReceived = (lot: LotReference): lot is Lot => lot.itemId !== undefined;

export const StockBalanceSchema = defineEntity({
  name: 'StockBalance',
  tableName: 'stock_balance',
  properties: {
    id: p.uuid().primary(),
    itemId: p.uuid(),
    locationId: p.uuid(),
    lotId: p.uuid(),
    quantity: p.decimal('number').precision(18).scale(6),
  },
});

export type StockBalance = InferEntity<typeof StockBalanceSchema>;
