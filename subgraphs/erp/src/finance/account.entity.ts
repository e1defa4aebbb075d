import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** When a customer is invoiced: when its goods ship, when they are delivered (proof of delivery), or by hand. */
export const billingTriggers = ['SHIPMENT', 'DELIVERY', 'MANUAL'] as const;
export type BillingTrigger = (typeof billingTriggers)[number];

/**
 * A customer's billing terms: finance master data, kept in erp beside the
 * receivables they govern (crm owns the customer itself).
 */
export const CustomerAccountSchema = defineEntity({
  name: 'CustomerAccount',
  tableName: 'customer_account',
  properties: {
    customerId: p.uuid().primary(),
    billOn: p.enum(billingTriggers),
    paymentDays: p.integer(),
    updatedAt: p.datetime(),
  },
});

export type CustomerAccount = InferEntity<typeof CustomerAccountSchema>;

/** A supplier's payment terms (days net from its invoice date). */
export const SupplierAccountSchema = defineEntity({
  name: 'SupplierAccount',
  tableName: 'supplier_account',
  properties: {
    supplierId: p.uuid().primary(),
    paymentDays: p.integer(),
    updatedAt: p.datetime(),
  },
});

export type SupplierAccount = InferEntity<typeof SupplierAccountSchema>;

/** Terms of a customer or supplier finance has not set any for: invoiced on shipment, 30 days net. */
export const defaultCustomerTerms = { billOn: 'SHIPMENT' as BillingTrigger, paymentDays: 30 };
export const defaultSupplierTerms = { paymentDays: 30 };
