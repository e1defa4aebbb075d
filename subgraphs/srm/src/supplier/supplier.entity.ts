import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const supplierStatuses = ['PROSPECT', 'APPROVED', 'CONDITIONAL', 'BLOCKED'] as const;
export type SupplierStatus = (typeof supplierStatuses)[number];

export const SupplierSchema = defineEntity({
  name: 'Supplier',
  tableName: 'supplier',
  properties: {
    id: p.uuid().primary(),
    code: p.string().unique(),
    name: p.string(),
    country: p.string().length(2),
    status: p.enum(supplierStatuses),
    statusReason: p.string().nullable(),
    createdAt: p.datetime(),
  },
});

export type Supplier = InferEntity<typeof SupplierSchema>;

export const SupplierCertificateSchema = defineEntity({
  name: 'SupplierCertificate',
  tableName: 'supplier_certificate',
  properties: {
    id: p.uuid().primary(),
    supplierId: p.uuid(),
    kind: p.string(),
    number: p.string(),
    validUntil: p.date(),
  },
});

export type SupplierCertificate = InferEntity<typeof SupplierCertificateSchema>;
