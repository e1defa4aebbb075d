import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { createByIdLoader, isId, newId, nextDocumentNumber, type EntityManager } from '@plexus/db';
import { recordEvents, runOnce } from '@plexus/events';
import { authorize, validatePage } from '@plexus/host';
import { badInput, conflict, notFound } from '@plexus/errors';
import { optionalCalendarDate } from '../calendar-date.ts';
import type { SrmContext } from '../context.ts';
import { PurchaseOrderSchema } from '../purchase-order/purchase-order.entity.ts';
import { orderEvent, orderLines, readInTransit } from '../purchase-order/purchase-order.service.ts';
import { isPurchaseOrderVisibleTo, isVisibleTo, scopedSupplierFilter } from '../supplier/supplier-access.rules.ts';
import { AsnLineSchema, AsnSchema, type Asn, type AsnLine, type AsnStatus } from './asn.entity.ts';
import { validateAsn, type AsnRequestLine } from './asn.rules.ts';

export function createAsnLoaders(em: EntityManager) {
  return {
    asnById: createByIdLoader<Asn>(em, AsnSchema),
    asnLineById: createByIdLoader<AsnLine>(em, AsnLineSchema),
    linesByAsn: new DataLoader<string, AsnLine[]>(async (asnIds) => {
      const lines = await em.find(AsnLineSchema, { asnId: { $in: [...asnIds] } }, { orderBy: { id: 'asc' } });
      return asnIds.map((id) => lines.filter((line) => line.asnId === id));
    }),
    asnsByPurchaseOrder: new DataLoader<string, Asn[]>(async (orderIds) => {
      const asns = await em.find(AsnSchema, { purchaseOrderId: { $in: [...orderIds] } }, { orderBy: { submittedAt: 'asc' } });
      return orderIds.map((id) => asns.filter((asn) => asn.purchaseOrderId === id));
    }),
  };
}

export async function visibleAsn(ctx: SrmContext, id: string): Promise<Asn | null> {
  const asn = isId(id) ? await ctx.loaders.asnById.load(id.toLowerCase()) : null;
  return asn && isVisibleTo(ctx.viewer, asn.supplierId) ? asn : null;
}

export async function findAsn(ctx: SrmContext, id: string): Promise<Asn> {
  const asn = await visibleAsn(ctx, id);
  if (!asn) throw notFound(`Ship notice ${id} not found`, { asnId: id });
  return asn;
}

export async function listAsns(ctx: SrmContext, filter: { purchaseOrderId?: string | null; supplierId?: string | null; status?: readonly AsnStatus[] | null }, page: { first: number; offset: number }) {
  validatePage(page);
  for (const field of ['purchaseOrderId', 'supplierId'] as const) {
    if (filter[field] && !isId(filter[field])) throw badInput(`${field} must be a UUID`, { field });
  }
  const supplierId = scopedSupplierFilter(ctx.viewer, filter.supplierId?.toLowerCase());
  const [items, totalCount] = await ctx.em.findAndCount(
    AsnSchema,
    {
      ...(supplierId ? { supplierId } : {}),
      ...(filter.purchaseOrderId ? { purchaseOrderId: filter.purchaseOrderId.toLowerCase() } : {}),
      ...(filter.status?.length ? { status: { $in: [...filter.status] } } : {}),
    },
    { orderBy: [{ submittedAt: 'desc' }, { number: 'desc' }], limit: page.first, offset: page.offset },
  );
  return { items, totalCount };
}

export interface NewAsn {
  purchaseOrderId: string;
  expectedArrival: Date;
  lines: AsnRequestLine[];
  idempotencyKey?: string | null;
}

/**
 * The supplier's ship notice against its confirmed order: per order line and
 * lot, never more than is still open (with the line's over-delivery
 * tolerance) less what earlier notices have on the way.
 */
export async function submitAsn(ctx: SrmContext, input: NewAsn): Promise<Asn> {
  authorize(ctx.viewer, 'submit ship notices', ['supplier', 'buyer']);
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'srm.submitAsn', now },
    (id) => ctx.em.findOneOrFail(AsnSchema, { id }),
    async (em) => {
      const order = isId(input.purchaseOrderId) ? await em.findOne(PurchaseOrderSchema, { id: input.purchaseOrderId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!order || !isPurchaseOrderVisibleTo(ctx.viewer, order)) throw notFound(`Purchase order ${input.purchaseOrderId} not found`, { field: 'purchaseOrderId' });
      if (order.status !== 'CONFIRMED' && order.status !== 'PARTIALLY_RECEIVED') {
        throw conflict(`Purchase order ${order.number} is ${order.status}; ship notices go against confirmed orders still open`, { status: order.status });
      }
      const lines = await orderLines(em, order.id);
      const inTransit = await readInTransit(em, lines.map((line) => line.id));
      const announced = validateAsn(
        input,
        lines.map((line) => ({ ...line, inTransitQuantity: inTransit.get(line.id) ?? 0 })),
        now,
      );
      const asn = em.create(AsnSchema, {
        id: newId(),
        number: await nextDocumentNumber(em, 'srm', 'ASN', now),
        purchaseOrderId: order.id,
        supplierId: order.supplierId,
        status: 'SUBMITTED',
        submittedAt: now,
        expectedArrival: input.expectedArrival,
        receivedAt: null,
      });
      const created = announced.map((line) =>
        em.create(AsnLineSchema, {
          id: newId(),
          asnId: asn.id,
          purchaseOrderLineId: line.purchaseOrderLineId,
          itemId: line.itemId,
          quantity: line.quantity,
          lotNumber: line.lotNumber,
          expiryDate: line.expiryDate ?? null,
          receivedQuantity: 0,
        }),
      );
      await em.flush();
      await recordEvents(
        em,
        [
          {
            type: 'srm.AsnSubmitted',
            ...orderEvent(order),
            subjectType: 'Asn',
            subjectId: asn.id,
            quantity: created.reduce((sum, line) => sum + line.quantity, 0),
            payload: {
              number: asn.number,
              purchaseOrderId: order.id,
              expectedArrival: input.expectedArrival.toISOString(),
              lines: created.map((line) => ({
                asnLineId: line.id,
                purchaseOrderLineId: line.purchaseOrderLineId,
                itemId: line.itemId,
                quantity: line.quantity,
                lotNumber: line.lotNumber,
                expiryDate: optionalCalendarDate(line.expiryDate),
              })),
            },
          },
        ],
        { now, idempotencyKey: input.idempotencyKey },
      );
      return asn;
    },
  );
}
