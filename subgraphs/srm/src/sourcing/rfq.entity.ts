import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const rfqStatuses = ['OPEN', 'AWARDED', 'CANCELLED'] as const;
export type RfqStatus = (typeof rfqStatuses)[number];

export const quoteStatuses = ['INVITED', 'QUOTED', 'DECLINED', 'AWARDED', 'LOST'] as const;
export type QuoteStatus = (typeof quoteStatuses)[number];

export const RfqSchema = defineEntity({
  name: 'Rfq',
  tableName: 'rfq',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    itemId: p.uuid(),
    quantity: p.decimal('number').precision(18).scale(6),
    neededBy: p.date(),
    status: p.enum(rfqStatuses),
    createdAt: p.datetime(),
  },
});

export type Rfq = InferEntity<typeof RfqSchema>;

/** One invited supplier's answer to an RFQ: created with the invitation, filled in when it quotes. */
export const SupplierQuoteSchema = defineEntity({
  name: 'SupplierQuote',
  tableName: 'supplier_quote',
  properties: {
    id: p.uuid().primary(),
    rfqId: p.uuid(),
    supplierId: p.uuid(),
    status: p.enum(quoteStatuses),
    unitPrice: p.decimal('number').precision(18).scale(6).nullable(),
    currency: p.string().length(3).nullable(),
    leadTimeDays: p.integer().nullable(),
    validUntil: p.date().nullable(),
    submittedAt: p.datetime().nullable(),
  },
});

export type SupplierQuote = InferEntity<typeof SupplierQuoteSchema>;
