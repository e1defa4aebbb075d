import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { createByIdLoader, isId, newId, nextDocumentNumber, type EntityManager } from '@plexus/db';
import { recordEvents, runOnce, type NonconformanceDisposition, type NonconformanceSource, type SupplyChainEventInput } from '@plexus/events';
import { authorize, validatePage, type Page } from '@plexus/host';
import { badInput, notFound } from '@plexus/errors';
import { inspectorRoles, qualityRoles, readerRoles } from '../access.ts';
import type { QmsContext } from '../context.ts';
import { InspectionSchema, type Inspection } from '../inspection/inspection.entity.ts';
import { createInspections } from '../inspection/inspection.service.ts';
import { findKnownLot, findKnownLotByNumber } from '../lot/known-lot.store.ts';
import { NonconformanceSchema, type Nonconformance } from './nonconformance.entity.ts';
import { assertClosable, assertDisposition, validateNewNonconformance, type NonconformanceStatus } from './nonconformance.rules.ts';

export function createNonconformanceLoaders(em: EntityManager) {
  return {
    nonconformanceById: createByIdLoader<Nonconformance>(em, NonconformanceSchema),
    nonconformanceByInspection: new DataLoader<string, Nonconformance | null>(async (inspectionIds) => {
      const found = await em.find(NonconformanceSchema, { inspectionId: { $in: [...inspectionIds] } });
      return inspectionIds.map((id) => found.find((ncr) => ncr.inspectionId === id) ?? null);
    }),
    nonconformancesByCapa: new DataLoader<string, Nonconformance[]>(async (capaIds) => {
      const found = await em.find(NonconformanceSchema, { capaId: { $in: [...capaIds] } }, { orderBy: { openedAt: 'asc' } });
      return capaIds.map((id) => found.filter((ncr) => ncr.capaId === id));
    }),
  };
}

const ncrDimensions = (ncr: Nonconformance, now: Date) => ({
  subjectType: 'Nonconformance',
  subjectId: ncr.id,
  itemId: ncr.itemId,
  siteId: ncr.siteId,
  supplierId: ncr.supplierId,
  quantity: ncr.quantity,
  time: now,
});

function openedEvent(ncr: Nonconformance, now: Date): SupplyChainEventInput {
  return {
    type: 'qms.NonconformanceOpened',
    ...ncrDimensions(ncr, now),
    payload: {
      number: ncr.number,
      lotId: ncr.lotId ?? null,
      itemId: ncr.itemId,
      quantity: ncr.quantity,
      source: ncr.source,
      supplierId: ncr.supplierId ?? null,
      purchaseOrderLineId: ncr.purchaseOrderLineId ?? null,
      warehouseId: ncr.warehouseId ?? null,
      workOrderId: ncr.workOrderId ?? null,
      lotNumber: ncr.lotNumber ?? null,
    },
  };
}

/** Material found wrong at incoming inspection is the supplier's; anything else failing here was made here. */
const sourceOf = (inspection: Inspection): NonconformanceSource => (inspection.kind === 'INCOMING' && inspection.supplierId ? 'SUPPLIER' : 'INTERNAL');

/**
 * The nonconformance a failed inspection opens in its transaction: the whole
 * lot is suspect, so its whole quantity is held. Returns the events to
 * record with the failure.
 */
export async function openNonconformanceFor(em: EntityManager, inspection: Inspection, now: Date, userId: string | null): Promise<SupplyChainEventInput[]> {
  const lot = inspection.lotId ? await findKnownLot(em, inspection.lotId) : inspection.lotNumber ? await findKnownLotByNumber(em, inspection.itemId, inspection.lotNumber) : null;
  const ncr = em.create(NonconformanceSchema, {
    id: newId(),
    number: await nextDocumentNumber(em, 'qms', 'NCR', now),
    status: 'OPEN',
    source: sourceOf(inspection),
    description: `${inspection.kind.replace('_', '-').toLowerCase()} inspection ${inspection.number} failed: ${inspection.nonconformingUnits} of ${inspection.sampleSize} sampled units nonconforming (Re ${inspection.rejectionNumber})`,
    itemId: inspection.itemId,
    lotId: inspection.lotId ?? lot?.lotId ?? null,
    lotNumber: inspection.lotNumber ?? lot?.lotNumber ?? null,
    warehouseId: inspection.warehouseId ?? lot?.warehouseId ?? null,
    siteId: inspection.siteId ?? lot?.siteId ?? null,
    quantity: inspection.lotSize,
    supplierId: sourceOf(inspection) === 'SUPPLIER' ? inspection.supplierId : null,
    purchaseOrderLineId: inspection.purchaseOrderLineId,
    workOrderId: inspection.workOrderId,
    inspectionId: inspection.id,
    capaId: null,
    disposition: null,
    dispositionNote: null,
    dispositionedAt: null,
    dispositionedBy: null,
    openedAt: now,
    openedBy: userId,
    closedAt: null,
  });
  await em.flush();
  return [openedEvent(ncr, now)];
}

export interface OpenNonconformanceInput {
  lotId: string;
  quantity: number;
  source: NonconformanceSource;
  description: string;
  supplierId?: string | null;
  purchaseOrderLineId?: string | null;
  idempotencyKey?: string | null;
}

/** A nonconformance found outside an inspection (on the line, in the warehouse, by a customer), on a lot the warehouse holds or held. */
export async function openNonconformance(ctx: QmsContext, input: OpenNonconformanceInput): Promise<Nonconformance> {
  authorize(ctx.viewer, 'open nonconformances', inspectorRoles);
  const valid = validateNewNonconformance(input);
  for (const field of ['supplierId', 'purchaseOrderLineId'] as const) {
    if (input[field] && !isId(input[field])) throw badInput(`${field} is not an id`, { field });
  }
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'qms.openNonconformance', now },
    (id) => ctx.em.findOneOrFail(NonconformanceSchema, { id }),
    async (em) => {
      const lot = isId(input.lotId) ? await findKnownLot(em, input.lotId.toLowerCase()) : null;
      if (!lot) throw notFound(`Lot ${input.lotId} not found: the warehouse has not received it`, { field: 'lotId' });
      const ncr = em.create(NonconformanceSchema, {
        id: newId(),
        number: await nextDocumentNumber(em, 'qms', 'NCR', now),
        status: 'OPEN',
        source: valid.source,
        description: valid.description,
        itemId: lot.itemId,
        lotId: lot.lotId,
        lotNumber: lot.lotNumber,
        warehouseId: lot.warehouseId,
        siteId: lot.siteId,
        quantity: valid.quantity,
        supplierId: input.supplierId?.toLowerCase() ?? null,
        purchaseOrderLineId: input.purchaseOrderLineId?.toLowerCase() ?? null,
        workOrderId: null,
        inspectionId: null,
        capaId: null,
        disposition: null,
        dispositionNote: null,
        dispositionedAt: null,
        dispositionedBy: null,
        openedAt: now,
        openedBy: ctx.viewer.userId ?? null,
        closedAt: null,
      });
      await em.flush();
      await recordEvents(em, [openedEvent(ncr, now)], { now, idempotencyKey: input.idempotencyKey });
      return ncr;
    },
  );
}

async function lockNonconformance(em: EntityManager, id: string): Promise<Nonconformance> {
  const ncr = isId(id) ? await em.findOne(NonconformanceSchema, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!ncr) throw notFound(`Nonconformance ${id} not found`, { nonconformanceId: id });
  return ncr;
}

/**
 * Decides what happens to the material. The warehouse carries it out from
 * the event (releases the hold or removes the quantity); rework also opens a
 * re-inspection of the lot under the failed inspection's plan.
 */
export async function dispositionNonconformance(ctx: QmsContext, id: string, disposition: NonconformanceDisposition, note?: string | null): Promise<Nonconformance> {
  authorize(ctx.viewer, 'disposition nonconformances', qualityRoles);
  const now = ctx.now();
  return ctx.em.transactional(async (em) => {
    const ncr = await lockNonconformance(em, id);
    assertDisposition(ncr, disposition, note ?? null);
    Object.assign(ncr, { status: 'DISPOSITIONED', disposition, dispositionNote: note?.trim() || null, dispositionedAt: now, dispositionedBy: ctx.viewer.userId ?? null });
    await em.flush();
    if (disposition === 'REWORK' && ncr.inspectionId) await reinspect(em, await em.findOneOrFail(InspectionSchema, { id: ncr.inspectionId }), now);
    await recordEvents(
      em,
      [{ type: 'qms.NonconformanceDispositioned', ...ncrDimensions(ncr, now), payload: { number: ncr.number, lotId: ncr.lotId ?? null, warehouseId: ncr.warehouseId ?? null, disposition, quantity: ncr.quantity } }],
      { now },
    );
    return ncr;
  });
}

/** Reworked units are inspected again, the same way, before they count as good (FPY sees the re-inspection as rework). */
async function reinspect(em: EntityManager, failed: Inspection, now: Date): Promise<void> {
  await createInspections(
    em,
    [
      {
        kind: failed.kind,
        itemId: failed.itemId,
        quantity: failed.lotSize,
        lotId: failed.lotId,
        lotNumber: failed.lotNumber,
        warehouseId: failed.warehouseId,
        siteId: failed.siteId,
        supplierId: failed.supplierId,
        purchaseOrderLineId: failed.purchaseOrderLineId,
        workOrderId: failed.workOrderId,
        workCenterId: failed.workCenterId,
        reinspectionOf: failed.id,
      },
    ],
    now,
  );
}

export async function closeNonconformance(ctx: QmsContext, id: string): Promise<Nonconformance> {
  authorize(ctx.viewer, 'close nonconformances', qualityRoles);
  const now = ctx.now();
  return ctx.em.transactional(async (em) => {
    const ncr = await lockNonconformance(em, id);
    assertClosable(ncr);
    Object.assign(ncr, { status: 'CLOSED', closedAt: now });
    await em.flush();
    return ncr;
  });
}

export async function findNonconformance(ctx: QmsContext, id: string): Promise<Nonconformance> {
  authorize(ctx.viewer, 'see nonconformances', readerRoles);
  const ncr = isId(id) ? await ctx.loaders.nonconformanceById.load(id.toLowerCase()) : null;
  if (!ncr) throw notFound(`Nonconformance ${id} not found`, { nonconformanceId: id });
  return ncr;
}

export async function listNonconformances(
  ctx: QmsContext,
  filter: { status?: readonly NonconformanceStatus[] | null; source?: readonly NonconformanceSource[] | null; supplierId?: string | null },
  page: Page,
) {
  authorize(ctx.viewer, 'see nonconformances', readerRoles);
  validatePage(page);
  if (filter.supplierId && !isId(filter.supplierId)) throw badInput(`${filter.supplierId} is not a supplier id`, { field: 'supplierId' });
  const [items, totalCount] = await ctx.em.findAndCount(
    NonconformanceSchema,
    {
      ...(filter.status?.length ? { status: { $in: [...filter.status] } } : {}),
      ...(filter.source?.length ? { source: { $in: [...filter.source] } } : {}),
      ...(filter.supplierId ? { supplierId: filter.supplierId.toLowerCase() } : {}),
    },
    { orderBy: { openedAt: 'desc', id: 'desc' }, limit: page.first, offset: page.offset },
  );
  return { items, totalCount };
}
