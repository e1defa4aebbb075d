import DataLoader from 'dataloader';
import { LockMode } from '@mikro-orm/core';
import { containsPattern, createByIdLoader, isId, newId, type EntityManager } from '@plexus/db';
import { recordEvents, runOnce } from '@plexus/events';
import { authorize, supplierScope, validatePage } from '@plexus/host';
import { badInput, conflict, notFound } from '@plexus/errors';
import type { SrmContext } from '../context.ts';
import { isVisibleTo } from './supplier-access.rules.ts';
import { SupplierCertificateSchema, SupplierSchema, supplierStatuses, type Supplier, type SupplierCertificate, type SupplierStatus } from './supplier.entity.ts';
import { assertStatusChange, orderability, validateCertificate, validateNewSupplier, type Certificate, type NewSupplier } from './supplier.rules.ts';

export function createSupplierLoaders(em: EntityManager) {
  return {
    supplierById: createByIdLoader<Supplier>(em, SupplierSchema),
    certificatesBySupplier: new DataLoader<string, SupplierCertificate[]>(async (supplierIds) => {
      const certificates = await em.find(SupplierCertificateSchema, { supplierId: { $in: [...supplierIds] } }, { orderBy: { kind: 'asc' } });
      return supplierIds.map((id) => certificates.filter((certificate) => certificate.supplierId === id));
    }),
  };
}

/** Who changes the supplier base and places orders: buyers (and administrators). */
export const buyerRoles = ['buyer'] as const;

export const today = (ctx: Pick<SrmContext, 'now'>) => ctx.now().toISOString().slice(0, 10);

/** The supplier if the viewer may see it, else null: what references from other subgraphs resolve to. */
export async function visibleSupplier(ctx: SrmContext, id: string): Promise<Supplier | null> {
  if (!isId(id) || !isVisibleTo(ctx.viewer, id.toLowerCase())) return null;
  return ctx.loaders.supplierById.load(id.toLowerCase());
}

/** The supplier, or NOT_FOUND whether it does not exist or the viewer may not see it. */
export async function findSupplier(ctx: SrmContext, id: string): Promise<Supplier> {
  const supplier = await visibleSupplier(ctx, id);
  if (!supplier) throw notFound(`Supplier ${id} not found`, { supplierId: id });
  return supplier;
}

export async function viewerSupplier(ctx: SrmContext): Promise<Supplier | null> {
  const scope = supplierScope(ctx.viewer);
  return scope ? ctx.loaders.supplierById.load(scope) : null;
}

export async function listSuppliers(ctx: SrmContext, filter: { status?: readonly SupplierStatus[] | null; search?: string | null }, page: { first: number; offset: number }) {
  validatePage(page);
  const scope = supplierScope(ctx.viewer);
  const search = filter.search?.trim();
  const [items, totalCount] = await ctx.em.findAndCount(
    SupplierSchema,
    {
      ...(scope ? { id: scope } : {}),
      ...(filter.status?.length ? { status: { $in: [...filter.status] } } : {}),
      ...(search ? { $or: [{ code: { $ilike: containsPattern(search) } }, { name: { $ilike: containsPattern(search) } }] } : {}),
    },
    { orderBy: { code: 'asc' }, limit: page.first, offset: page.offset },
  );
  return { items, totalCount };
}

export async function supplierOrderability(ctx: SrmContext, supplier: Supplier) {
  return orderability(supplier.status, await ctx.loaders.certificatesBySupplier.load(supplier.id), today(ctx));
}

const supplierEvent = (supplier: Supplier) => ({ subjectType: 'Supplier', subjectId: supplier.id, supplierId: supplier.id });

export async function createSupplier(ctx: SrmContext, input: NewSupplier & { status?: SupplierStatus | null; idempotencyKey?: string | null }): Promise<Supplier> {
  authorize(ctx.viewer, 'create suppliers', buyerRoles);
  const supplier = validateNewSupplier(input);
  const status = input.status ?? 'PROSPECT';
  if (!supplierStatuses.includes(status)) throw badInput(`Status must be one of ${supplierStatuses.join(', ')}`, { field: 'status' });
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'srm.createSupplier', now },
    (id) => ctx.em.findOneOrFail(SupplierSchema, { id }),
    async (em) => {
      if (await em.count(SupplierSchema, { code: supplier.code })) throw conflict(`Supplier ${supplier.code} already exists`, { field: 'code' });
      const created = em.create(SupplierSchema, { id: newId(), ...supplier, status, statusReason: null, createdAt: now });
      await em.flush();
      await recordEvents(em, [{ type: 'srm.SupplierCreated', ...supplierEvent(created), payload: { code: created.code, name: created.name, status } }], {
        now,
        idempotencyKey: input.idempotencyKey,
      });
      return created;
    },
  );
}

async function lockSupplier(em: EntityManager, id: string): Promise<Supplier> {
  const supplier = isId(id) ? await em.findOne(SupplierSchema, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!supplier) throw notFound(`Supplier ${id} not found`, { supplierId: id });
  return supplier;
}

export async function changeSupplierStatus(ctx: SrmContext, id: string, status: SupplierStatus, reason: string, idempotencyKey?: string | null): Promise<Supplier> {
  authorize(ctx.viewer, 'change a supplier’s qualification', buyerRoles);
  const why = reason.trim();
  if (!why) throw badInput('Say why the status changes', { field: 'reason' });
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey, operation: 'srm.changeSupplierStatus', now },
    (supplierId) => ctx.em.findOneOrFail(SupplierSchema, { id: supplierId }),
    async (em) => {
      const supplier = await lockSupplier(em, id);
      const from = supplier.status;
      assertStatusChange(supplier.code, from, status);
      supplier.status = status;
      supplier.statusReason = why;
      await em.flush();
      await recordEvents(em, [{ type: 'srm.SupplierStatusChanged', ...supplierEvent(supplier), payload: { code: supplier.code, from, to: status, reason: why } }], { now, idempotencyKey });
      return supplier;
    },
  );
}

/** Adds a certificate or renews the one of its kind; repeating the same certificate changes nothing. */
export async function recordSupplierCertificate(ctx: SrmContext, supplierId: string, input: Certificate): Promise<Supplier> {
  authorize(ctx.viewer, 'record supplier certificates', buyerRoles);
  const certificate = validateCertificate(input);
  return ctx.em.transactional(async (em) => {
    const supplier = await lockSupplier(em, supplierId);
    const existing = await em.findOne(SupplierCertificateSchema, { supplierId: supplier.id, kind: certificate.kind });
    if (existing) Object.assign(existing, { number: certificate.number, validUntil: certificate.validUntil });
    else em.create(SupplierCertificateSchema, { id: newId(), supplierId: supplier.id, ...certificate });
    await em.flush();
    return supplier;
  });
}
