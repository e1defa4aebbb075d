import { LockMode } from '@mikro-orm/core';
import { createByIdLoader, isId, newId, nextDocumentNumber, type EntityManager } from '@plexus/db';
import { recordEvents, runOnce, type InspectionKind, type SupplyChainEventInput } from '@plexus/events';
import { authorize, validatePage, type Page } from '@plexus/host';
import { notFound } from '@plexus/errors';
import { inspectorRoles, readerRoles } from '../access.ts';
import type { QmsContext } from '../context.ts';
import { InspectionPlanSchema } from '../inspection-plan/inspection-plan.entity.ts';
import { samplingPlan } from '../inspection-plan/sampling.rules.ts';
import { openNonconformanceFor } from '../nonconformance/nonconformance.service.ts';
import { InspectionSchema, type Inspection } from './inspection.entity.ts';
import { evaluateInspection, type CharacteristicResultInput, type InspectionStatus } from './inspection.rules.ts';

export function createInspectionLoaders(em: EntityManager) {
  return { inspectionById: createByIdLoader<Inspection>(em, InspectionSchema) };
}

/** What a trigger knows about the material to inspect. */
export interface InspectionRequest {
  kind: InspectionKind;
  itemId: string;
  /** Units in the lot; fractions (a quantity in kg) are rounded up to whole units to sample. */
  quantity: number;
  lotId?: string | null;
  lotNumber?: string | null;
  warehouseId?: string | null;
  siteId?: string | null;
  supplierId?: string | null;
  purchaseOrderLineId?: string | null;
  workOrderId?: string | null;
  workCenterId?: string | null;
  sourceEventId?: string | null;
  sourcePosition?: number | null;
  reinspectionOf?: string | null;
}

/**
 * Opens an inspection for each request whose item has a plan of that kind
 * (items without one are not inspected there), sampled by ISO 2859-1 from
 * the lot size and the plan's AQL. One query finds every plan.
 */
export async function createInspections(em: EntityManager, requests: readonly InspectionRequest[], now: Date): Promise<Inspection[]> {
  const wanted = requests.filter((request) => request.quantity > 0);
  if (wanted.length === 0) return [];
  const plans = await em.find(InspectionPlanSchema, { itemId: { $in: [...new Set(wanted.map((request) => request.itemId))] } });
  const created: Inspection[] = [];
  for (const request of wanted) {
    const plan = plans.find((candidate) => candidate.itemId === request.itemId && candidate.kind === request.kind);
    if (!plan) continue;
    const lotSize = Math.ceil(request.quantity - 1e-9);
    const sampling = samplingPlan(lotSize, plan.aql);
    created.push(
      em.create(InspectionSchema, {
        id: newId(),
        number: await nextDocumentNumber(em, 'qms', 'INS', now),
        kind: request.kind,
        status: 'PENDING',
        planId: plan.id,
        itemId: request.itemId,
        lotId: request.lotId ?? null,
        lotNumber: request.lotNumber ?? null,
        warehouseId: request.warehouseId ?? null,
        siteId: request.siteId ?? null,
        supplierId: request.supplierId ?? null,
        purchaseOrderLineId: request.purchaseOrderLineId ?? null,
        workOrderId: request.workOrderId ?? null,
        workCenterId: request.workCenterId ?? null,
        lotSize,
        aql: plan.aql,
        codeLetter: sampling.planLetter,
        sampleSize: sampling.sampleSize,
        acceptanceNumber: sampling.acceptanceNumber,
        rejectionNumber: sampling.rejectionNumber,
        characteristics: plan.characteristics,
        results: null,
        nonconformingUnits: null,
        reinspectionOf: request.reinspectionOf ?? null,
        sourceEventId: request.sourceEventId ?? null,
        sourcePosition: request.sourcePosition ?? null,
        createdAt: now,
        inspectedAt: null,
        inspectedBy: null,
      }),
    );
  }
  await em.flush();
  return created;
}

export async function findInspection(ctx: QmsContext, id: string): Promise<Inspection> {
  authorize(ctx.viewer, 'see inspections', readerRoles);
  const inspection = isId(id) ? await ctx.loaders.inspectionById.load(id.toLowerCase()) : null;
  if (!inspection) throw notFound(`Inspection ${id} not found`, { inspectionId: id });
  return inspection;
}

export async function listInspections(
  ctx: QmsContext,
  filter: { status?: readonly InspectionStatus[] | null; kind?: readonly InspectionKind[] | null; itemId?: string | null },
  page: Page,
) {
  authorize(ctx.viewer, 'see inspections', readerRoles);
  validatePage(page);
  const [items, totalCount] = await ctx.em.findAndCount(
    InspectionSchema,
    {
      ...(filter.status?.length ? { status: { $in: [...filter.status] } } : {}),
      ...(filter.kind?.length ? { kind: { $in: [...filter.kind] } } : {}),
      ...(filter.itemId ? { itemId: isId(filter.itemId) ? filter.itemId.toLowerCase() : '00000000-0000-0000-0000-000000000000' } : {}),
    },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: page.first, offset: page.offset },
  );
  return { items, totalCount };
}

/** The analytics-facing result of an inspection: FPY counts its units, supplier quality its incoming ones. */
export function inspectionEvent(inspection: Inspection, now: Date): SupplyChainEventInput {
  const payload = {
    inspectionKind: inspection.kind,
    workOrderId: inspection.workOrderId ?? null,
    workCenterId: inspection.workCenterId ?? null,
    purchaseOrderLineId: inspection.purchaseOrderLineId ?? null,
    itemId: inspection.itemId,
    quantityInspected: inspection.sampleSize,
    quantityRejected: inspection.nonconformingUnits ?? 0,
    // A re-inspection after rework tells FPY the units it passes were reworked (first-pass-yield.rules.ts).
    disposition: inspection.reinspectionOf ? ('REWORK' as const) : null,
  };
  const dimensions = {
    subjectType: 'Inspection',
    subjectId: inspection.id,
    itemId: inspection.itemId,
    siteId: inspection.siteId,
    supplierId: inspection.supplierId,
    quantity: inspection.sampleSize,
    time: now,
  };
  return inspection.status === 'PASSED' ? { type: 'qms.InspectionPassed', ...dimensions, payload } : { type: 'qms.InspectionFailed', ...dimensions, payload };
}

/**
 * Records the results of a pending inspection and decides the lot. A failed
 * lot gets a nonconformance in the same transaction, so the warehouse hears
 * of the hold with the failure.
 */
export async function recordInspectionResults(ctx: QmsContext, id: string, results: readonly CharacteristicResultInput[], idempotencyKey?: string | null): Promise<Inspection> {
  authorize(ctx.viewer, 'record inspection results', inspectorRoles);
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey, operation: 'qms.recordInspectionResults', now },
    (inspectionId) => ctx.em.findOneOrFail(InspectionSchema, { id: inspectionId }),
    async (em) => {
      const inspection = isId(id) ? await em.findOne(InspectionSchema, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!inspection) throw notFound(`Inspection ${id} not found`, { inspectionId: id });
      const evaluation = evaluateInspection(inspection, results);
      Object.assign(inspection, {
        status: evaluation.passed ? 'PASSED' : 'FAILED',
        results: evaluation.results,
        nonconformingUnits: evaluation.nonconformingUnits,
        inspectedAt: now,
        inspectedBy: ctx.viewer.userId ?? null,
      });
      await em.flush();
      const events = [inspectionEvent(inspection, now)];
      if (!evaluation.passed) events.push(...(await openNonconformanceFor(em, inspection, now, ctx.viewer.userId ?? null)));
      await recordEvents(em, events, { now, idempotencyKey });
      return inspection;
    },
  );
}
