import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { isId, newId, nextDocumentNumber, type EntityManager } from '@plexus/db';
import { readLatestEvents, recordEvents, runOnce } from '@plexus/events';
import { authorizeChange } from '@plexus/host';
import { badInput, notFound } from '@plexus/errors';
import type { CrmContext } from '../context.ts';
import { SalesOrderSchema } from '../sales-order/sales-order.entity.ts';
import { ServiceCaseSchema, type CaseLine, type ServiceCase, type ServiceCaseKind, type ServiceCaseStatus } from './service-case.entity.ts';
import { assertCaseTransition, validateCaseLines } from './service-case.rules.ts';

export function createServiceCaseLoaders(em: EntityManager) {
  return {
    serviceCasesByOrder: new DataLoader<string, ServiceCase[]>(async (orderIds) => {
      const cases = await em.find(ServiceCaseSchema, { salesOrderId: { $in: [...orderIds] } }, { orderBy: { openedAt: 'asc' } });
      return orderIds.map((id) => cases.filter((serviceCase) => serviceCase.salesOrderId === id));
    }),
  };
}

export interface NewServiceCase {
  salesOrderId: string;
  shipmentId: string;
  reason: string;
  lines: CaseLine[];
  idempotencyKey?: string | null;
}

/**
 * Opens a damage claim or a return against a shipment of the order, as wms
 * reported it (wms.ShipmentShipped): crm never reads wms's tables. A damage
 * claim is announced (crm.DamageClaimOpened): within 30 days of the delivery
 * it makes the order's lines fail "damage free" (KPIS.md).
 */
export async function openServiceCase(ctx: CrmContext, kind: ServiceCaseKind, input: NewServiceCase): Promise<ServiceCase> {
  authorizeChange(ctx.viewer, kind === 'RETURN' ? 'open returns' : 'open damage claims');
  const reason = input.reason.trim();
  if (!reason) throw badInput('Say what happened', { field: 'reason' });
  if (!isId(input.salesOrderId)) throw badInput('salesOrderId must be a UUID', { field: 'salesOrderId' });
  if (!isId(input.shipmentId)) throw badInput('shipmentId must be a UUID', { field: 'shipmentId' });
  const salesOrderId = input.salesOrderId.toLowerCase();
  const shipmentId = input.shipmentId.toLowerCase();
  const lines = input.lines.map((line) => ({ salesOrderLineId: line.salesOrderLineId.toLowerCase(), quantity: line.quantity }));
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: kind === 'RETURN' ? 'crm.requestReturn' : 'crm.openDamageClaim', now },
    (id) => ctx.em.findOneOrFail(ServiceCaseSchema, { id }),
    async (em) => {
      const order = await em.findOne(SalesOrderSchema, { id: salesOrderId });
      if (!order) throw notFound(`Sales order ${input.salesOrderId} not found`, { field: 'salesOrderId' });
      const shipment = (await readLatestEvents(em, ['wms.ShipmentShipped'], [shipmentId])).get(shipmentId);
      if (!shipment || shipment.orderId !== order.id) throw notFound(`Shipment ${input.shipmentId} of order ${order.number} not found`, { field: 'shipmentId' });
      const shipped = new Map<string, number>();
      for (const line of shipment.payload.lines) shipped.set(line.salesOrderLineId, (shipped.get(line.salesOrderLineId) ?? 0) + line.quantity);
      validateCaseLines(lines, shipped);
      const serviceCase = em.create(ServiceCaseSchema, {
        id: newId(),
        number: await nextDocumentNumber(em, 'crm', kind === 'RETURN' ? 'RMA' : 'DC', now),
        kind,
        status: 'OPEN',
        salesOrderId: order.id,
        shipmentId,
        reason,
        lines,
        openedAt: now,
        closedAt: null,
        resolution: null,
      });
      await em.flush();
      if (kind === 'DAMAGE_CLAIM') {
        await recordEvents(
          em,
          [
            {
              type: 'crm.DamageClaimOpened',
              subjectType: 'ServiceCase',
              subjectId: serviceCase.id,
              orderId: order.id,
              customerId: order.customer.id,
              siteId: order.siteId ?? null,
              payload: { shipmentId, salesOrderLineIds: lines.map((line) => line.salesOrderLineId), reason },
            },
          ],
          { now, idempotencyKey: input.idempotencyKey },
        );
      }
      return serviceCase;
    },
  );
}

/** Moves a case along its states (see the rules); resolving or rejecting closes it with what was decided. */
export async function moveServiceCase(ctx: CrmContext, id: string, to: ServiceCaseStatus, note?: string | null): Promise<ServiceCase> {
  authorizeChange(ctx.viewer, 'handle service cases');
  const closing = to === 'RESOLVED' || to === 'REJECTED';
  const resolution = note?.trim() || null;
  if (closing && !resolution) throw badInput(`Say why the case is ${to.toLowerCase()}`, { field: 'resolution' });
  return ctx.em.transactional(async (em) => {
    const serviceCase = isId(id) ? await em.findOne(ServiceCaseSchema, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!serviceCase) throw notFound(`Service case ${id} not found`, { field: 'id' });
    assertCaseTransition(serviceCase.number, serviceCase.kind, serviceCase.status, to);
    serviceCase.status = to;
    if (closing) Object.assign(serviceCase, { closedAt: ctx.now(), resolution });
    await em.flush();
    return serviceCase;
  });
}

export async function findServiceCase(ctx: CrmContext, id: string): Promise<ServiceCase | null> {
  return isId(id) ? ctx.em.findOne(ServiceCaseSchema, { id: id.toLowerCase() }) : null;
}
