import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { createByIdLoader, execute, isId, newId, nextDocumentNumber, type EntityManager } from '@plexus/db';
import { readKnownSubjects, runOnce } from '@plexus/events';
import { authorize, supplierScope, validatePage, type Viewer } from '@plexus/host';
import { badInput, conflict, DomainError, notFound } from '@plexus/errors';
import { calendarDate } from '../calendar-date.ts';
import type { SrmContext } from '../context.ts';
import { SupplierItemSchema } from '../supplier-item/supplier-item.entity.ts';
import { validateTerms } from '../supplier-item/supplier-item.rules.ts';
import { upsertTerms } from '../supplier-item/supplier-item.service.ts';
import { isVisibleTo } from '../supplier/supplier-access.rules.ts';
import { SupplierSchema } from '../supplier/supplier.entity.ts';
import { buyerRoles, today } from '../supplier/supplier.service.ts';
import { RfqSchema, SupplierQuoteSchema, type Rfq, type RfqStatus, type SupplierQuote } from './rfq.entity.ts';
import { compareQuotes, validateNewRfq, validateQuote, type QuoteTerms } from './rfq.rules.ts';

export function createRfqLoaders(em: EntityManager) {
  return {
    rfqById: createByIdLoader<Rfq>(em, RfqSchema),
    quoteById: createByIdLoader<SupplierQuote>(em, SupplierQuoteSchema),
    quotesByRfq: new DataLoader<string, SupplierQuote[]>(async (rfqIds) => {
      const quotes = await em.find(SupplierQuoteSchema, { rfqId: { $in: [...rfqIds] } }, { orderBy: { id: 'asc' } });
      return rfqIds.map((id) => quotes.filter((quote) => quote.rfqId === id));
    }),
  };
}

/** A supplier user sees the RFQs it is invited to; everyone else sees them all. */
async function isRfqVisible(ctx: SrmContext, rfq: Rfq): Promise<boolean> {
  const scope = supplierScope(ctx.viewer);
  return scope === null || (await ctx.loaders.quotesByRfq.load(rfq.id)).some((quote) => quote.supplierId === scope);
}

export async function visibleRfq(ctx: SrmContext, id: string): Promise<Rfq | null> {
  const rfq = isId(id) ? await ctx.loaders.rfqById.load(id.toLowerCase()) : null;
  return rfq && (await isRfqVisible(ctx, rfq)) ? rfq : null;
}

export async function findRfq(ctx: SrmContext, id: string): Promise<Rfq> {
  const rfq = await visibleRfq(ctx, id);
  if (!rfq) throw notFound(`RFQ ${id} not found`, { rfqId: id });
  return rfq;
}

export async function visibleQuote(ctx: SrmContext, id: string): Promise<SupplierQuote | null> {
  const quote = isId(id) ? await ctx.loaders.quoteById.load(id.toLowerCase()) : null;
  return quote && isVisibleTo(ctx.viewer, quote.supplierId) ? quote : null;
}

/** Every invited supplier's quote; a supplier user sees its own only (never another supplier's price). */
export async function quotesOf(ctx: SrmContext, rfq: Rfq): Promise<SupplierQuote[]> {
  return (await ctx.loaders.quotesByRfq.load(rfq.id)).filter((quote) => isVisibleTo(ctx.viewer, quote.supplierId));
}

export async function listRfqs(ctx: SrmContext, status: readonly RfqStatus[] | null | undefined, page: { first: number; offset: number }): Promise<Rfq[]> {
  validatePage(page);
  const scope = supplierScope(ctx.viewer);
  const invited = scope
    ? (await execute<{ rfq_id: string }[]>(ctx.em, 'SELECT rfq_id FROM srm.supplier_quote WHERE supplier_id = ?', [scope])).map((row) => row.rfq_id)
    : null;
  return ctx.em.find(
    RfqSchema,
    { ...(invited ? { id: { $in: invited } } : {}), ...(status?.length ? { status: { $in: [...status] } } : {}) },
    { orderBy: [{ createdAt: 'desc' }, { number: 'desc' }], limit: page.first, offset: page.offset },
  );
}

export async function createRfq(ctx: SrmContext, input: { itemId: string; quantity: number; neededBy: string; supplierIds: string[]; idempotencyKey?: string | null }): Promise<Rfq> {
  authorize(ctx.viewer, 'request quotations', buyerRoles);
  validateNewRfq(input, today(ctx));
  if (!isId(input.itemId)) throw badInput('itemId must be a UUID', { field: 'itemId' });
  if (!input.supplierIds.every(isId)) throw badInput('supplierIds must be UUIDs', { field: 'supplierIds' });
  const itemId = input.itemId.toLowerCase();
  const supplierIds = input.supplierIds.map((id) => id.toLowerCase());
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'srm.createRfq', now },
    (id) => ctx.em.findOneOrFail(RfqSchema, { id }),
    async (em) => {
      if (!(await readKnownSubjects(em, 'erp.ItemCreated', [itemId])).has(itemId)) throw notFound(`Item ${input.itemId} not found`, { field: 'itemId' });
      const suppliers = await em.find(SupplierSchema, { id: { $in: supplierIds } });
      const missing = supplierIds.find((id) => !suppliers.some((supplier) => supplier.id === id));
      if (missing) throw notFound(`Supplier ${missing} not found`, { field: 'supplierIds', supplierId: missing });
      const blocked = suppliers.find((supplier) => supplier.status === 'BLOCKED');
      if (blocked) throw conflict(`Supplier ${blocked.code} is blocked and cannot be invited`, { field: 'supplierIds', supplierId: blocked.id });
      const rfq = em.create(RfqSchema, {
        id: newId(),
        number: await nextDocumentNumber(em, 'srm', 'RFQ', now),
        itemId,
        quantity: input.quantity,
        neededBy: input.neededBy,
        status: 'OPEN',
        createdAt: now,
      });
      for (const supplierId of supplierIds) {
        em.create(SupplierQuoteSchema, { id: newId(), rfqId: rfq.id, supplierId, status: 'INVITED', unitPrice: null, currency: null, leadTimeDays: null, validUntil: null, submittedAt: null });
      }
      await em.flush();
      return rfq;
    },
  );
}

/** The invited supplier's quote row, locked; another supplier's, or a supplier not invited, is not found. */
async function lockInvitation(em: EntityManager, viewer: Viewer, rfqId: string, supplierId: string) {
  authorize(viewer, 'answer RFQs', ['supplier', 'buyer']);
  const quote =
    isId(rfqId) && isId(supplierId) && isVisibleTo(viewer, supplierId.toLowerCase())
      ? await em.findOne(SupplierQuoteSchema, { rfqId: rfqId.toLowerCase(), supplierId: supplierId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
  if (!quote) throw notFound(`No invitation of supplier ${supplierId} to RFQ ${rfqId}`, { rfqId, supplierId });
  return { quote, rfq: await em.findOneOrFail(RfqSchema, { id: quote.rfqId }) };
}

export function submitQuote(ctx: SrmContext, rfqId: string, supplierId: string, terms: QuoteTerms): Promise<SupplierQuote> {
  return ctx.em.transactional(async (em) => {
    const { quote, rfq } = await lockInvitation(em, ctx.viewer, rfqId, supplierId);
    const valid = validateQuote(rfq, quote.status, terms, today(ctx));
    Object.assign(quote, { status: 'QUOTED', ...valid, submittedAt: ctx.now() });
    await em.flush();
    return quote;
  });
}

export function declineRfq(ctx: SrmContext, rfqId: string, supplierId: string): Promise<SupplierQuote> {
  return ctx.em.transactional(async (em) => {
    const { quote, rfq } = await lockInvitation(em, ctx.viewer, rfqId, supplierId);
    if (rfq.status !== 'OPEN') throw conflict(`RFQ ${rfq.number} is ${rfq.status}`, { status: rfq.status });
    if (quote.status !== 'INVITED' && quote.status !== 'QUOTED') throw conflict(`The quote is ${quote.status}`, { status: quote.status });
    Object.assign(quote, { status: 'DECLINED', submittedAt: ctx.now() });
    await em.flush();
    return quote;
  });
}

/** Quotes ranked for the award; a buyer's view: a supplier user never sees other suppliers' prices. */
export async function compareRfqQuotes(ctx: SrmContext, rfq: Rfq) {
  if (ctx.viewer.role === 'supplier') throw new DomainError('FORBIDDEN', 'A supplier may not compare quotes', { role: ctx.viewer.role });
  const quotes = (await ctx.loaders.quotesByRfq.load(rfq.id)).filter((quote) => quote.unitPrice !== null && (quote.status === 'QUOTED' || quote.status === 'AWARDED' || quote.status === 'LOST'));
  const day = today(ctx);
  const yearAgo = new Date(Date.parse(`${day}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
  const scorecards = await Promise.all(quotes.map((quote) => ctx.loaders.scorecard.load({ supplierId: quote.supplierId, from: yearAgo, to: day })));
  const history = new Map(quotes.map((quote, index) => [quote.supplierId, { onTimeDelivery: scorecards[index]!.onTimeDelivery, ppm: scorecards[index]!.ppm }]));
  const ranked = compareQuotes(
    { quantity: rfq.quantity, neededBy: calendarDate(rfq.neededBy) },
    quotes.map((quote) => ({ quoteId: quote.id, supplierId: quote.supplierId, unitPrice: quote.unitPrice!, leadTimeDays: quote.leadTimeDays!, validUntil: calendarDate(quote.validUntil!) })),
    history,
    day,
  );
  return ranked.map((offer) => ({ ...offer, quote: quotes.find((quote) => quote.id === offer.quoteId)! }));
}

/**
 * Awards the RFQ to one quote: it wins, the others lose, and its price and
 * lead time become the supplier's terms for the item (a supplier new to the
 * item gets terms from one unit up, with the usual 5 % over-delivery
 * tolerance; one already selling it keeps its quantities and tolerance).
 */
export async function awardRfq(ctx: SrmContext, rfqId: string, quoteId: string, idempotencyKey?: string | null): Promise<Rfq> {
  authorize(ctx.viewer, 'award RFQs', buyerRoles);
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey, operation: 'srm.awardRfq', now },
    (id) => ctx.em.findOneOrFail(RfqSchema, { id }),
    async (em) => {
      const rfq = isId(rfqId) ? await em.findOne(RfqSchema, { id: rfqId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!rfq) throw notFound(`RFQ ${rfqId} not found`, { rfqId });
      if (rfq.status !== 'OPEN') throw conflict(`RFQ ${rfq.number} is ${rfq.status}`, { status: rfq.status });
      const quotes = await em.find(SupplierQuoteSchema, { rfqId: rfq.id });
      const winner = quotes.find((quote) => quote.id === quoteId.toLowerCase());
      if (!winner) throw badInput(`Quote ${quoteId} is not a quote of RFQ ${rfq.number}`, { field: 'quoteId' });
      if (winner.status !== 'QUOTED') throw conflict(`The quote is ${winner.status}; only a submitted quote can win`, { field: 'quoteId', status: winner.status });
      if (calendarDate(winner.validUntil!) < today(ctx)) throw conflict(`The quote expired on ${calendarDate(winner.validUntil!)}`, { field: 'quoteId' });
      const supplier = await em.findOneOrFail(SupplierSchema, { id: winner.supplierId });
      if (supplier.status === 'BLOCKED') throw conflict(`Supplier ${supplier.code} is blocked`, { field: 'quoteId', supplierId: supplier.id });
      for (const quote of quotes) {
        if (quote === winner) quote.status = 'AWARDED';
        else if (quote.status === 'QUOTED' || quote.status === 'INVITED') quote.status = 'LOST';
      }
      rfq.status = 'AWARDED';
      const existing = await em.findOne(SupplierItemSchema, { supplierId: winner.supplierId, itemId: rfq.itemId });
      const minimumOrderQuantity = existing?.minimumOrderQuantity ?? 1;
      await upsertTerms(
        em,
        winner.supplierId,
        rfq.itemId,
        validateTerms({
          supplierSku: existing?.supplierSku ?? null,
          currency: winner.currency!,
          leadTimeDays: winner.leadTimeDays!,
          minimumOrderQuantity,
          orderMultiple: existing?.orderMultiple ?? 1,
          overDeliveryTolerance: existing?.overDeliveryTolerance ?? 0.05,
          priceBreaks: [{ minimumQuantity: minimumOrderQuantity, unitPrice: winner.unitPrice! }],
        }),
      );
      await em.flush();
      return rfq;
    },
  );
}

export type QuoteComparison = Awaited<ReturnType<typeof compareRfqQuotes>>[number];
