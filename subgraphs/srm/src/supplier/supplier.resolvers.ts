import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { calendarDate } from '../calendar-date.ts';
import {
  changeSupplierStatus,
  createSupplier,
  findSupplier,
  listSuppliers,
  recordSupplierCertificate,
  supplierOrderability,
  today,
  viewerSupplier,
  visibleSupplier,
} from './supplier.service.ts';

export const supplierResolvers: Resolvers = {
  Query: {
    viewerSupplier: (_, __, ctx) => viewerSupplier(ctx),
    supplier: (_, { id }, ctx) => findSupplier(ctx, id),
    suppliers: (_, { filter, first, offset }, ctx) => listSuppliers(ctx, filter ?? {}, { first: first ?? 50, offset: offset ?? 0 }),
  },
  Mutation: {
    createSupplier: (_, { input }, ctx) => createSupplier(ctx, input),
    changeSupplierStatus: (_, { id, status, reason, idempotencyKey }, ctx) => changeSupplierStatus(ctx, id, status, reason, idempotencyKey),
    recordSupplierCertificate: (_, { supplierId, input }, ctx) => recordSupplierCertificate(ctx, supplierId, input),
  },
  Supplier: {
    __resolveReference: (reference, ctx) => visibleSupplier(ctx, reference.id),
    certificates: (supplier, _, ctx) => ctx.loaders.certificatesBySupplier.load(supplier.id),
    orderable: (supplier, _, ctx) => supplierOrderability(ctx, supplier),
    items: (supplier, _, ctx) => ctx.loaders.supplierItemsBySupplier.load(supplier.id),
    scorecard: (supplier, { from, to }, ctx) => ctx.loaders.scorecard.load({ supplierId: supplier.id, from, to }),
  },
  SupplierCertificate: {
    expired: (certificate, _, ctx) => calendarDate(certificate.validUntil) < today(ctx),
  },
};
