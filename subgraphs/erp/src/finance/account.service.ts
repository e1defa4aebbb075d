import DataLoader from 'dataloader';
import { isId, type EntityManager } from '@plexus/db';
import { readKnownSubjects } from '@plexus/events';
import { authorize } from '@plexus/host';
import { badInput, notFound } from '@plexus/errors';
import type { ErpContext } from '../context.ts';
import { CustomerAccountSchema, defaultCustomerTerms, defaultSupplierTerms, SupplierAccountSchema, type BillingTrigger } from './account.entity.ts';
import { financeReaders, financeWriters } from './finance-access.ts';

export interface CustomerTerms {
  customerId: string;
  billOn: BillingTrigger;
  paymentDays: number;
}

export function createAccountLoaders(em: EntityManager) {
  return {
    customerTermsById: new DataLoader<string, CustomerTerms>(async (ids) => {
      const accounts = await em.find(CustomerAccountSchema, { customerId: { $in: [...ids] } });
      return ids.map((customerId) => {
        const account = accounts.find((candidate) => candidate.customerId === customerId);
        return { customerId, billOn: account?.billOn ?? defaultCustomerTerms.billOn, paymentDays: account?.paymentDays ?? defaultCustomerTerms.paymentDays };
      });
    }),
    supplierPaymentDaysById: new DataLoader<string, number>(async (ids) => {
      const accounts = await em.find(SupplierAccountSchema, { supplierId: { $in: [...ids] } });
      return ids.map((id) => accounts.find((account) => account.supplierId === id)?.paymentDays ?? defaultSupplierTerms.paymentDays);
    }),
  };
}

/** A customer's billing terms, the defaults unless finance set others. */
export async function readCustomerTerms(em: EntityManager, customerId: string): Promise<CustomerTerms> {
  const account = await em.findOne(CustomerAccountSchema, { customerId });
  return { customerId, billOn: account?.billOn ?? defaultCustomerTerms.billOn, paymentDays: account?.paymentDays ?? defaultCustomerTerms.paymentDays };
}

/** Days net a supplier is paid in, the default unless finance set others. */
export async function readSupplierPaymentDays(em: EntityManager, supplierId: string): Promise<number> {
  return (await em.findOne(SupplierAccountSchema, { supplierId }))?.paymentDays ?? defaultSupplierTerms.paymentDays;
}

export function supplierPaymentDays(ctx: ErpContext, supplierId: string): Promise<number> {
  authorize(ctx.viewer, 'read payment terms', financeReaders);
  return ctx.loaders.supplierPaymentDaysById.load(supplierId);
}

export function customerTerms(ctx: ErpContext, customerId: string): Promise<CustomerTerms> {
  authorize(ctx.viewer, 'read billing terms', financeReaders);
  return ctx.loaders.customerTermsById.load(customerId);
}

function validatePaymentDays(paymentDays: number): void {
  if (!Number.isInteger(paymentDays) || paymentDays < 0 || paymentDays > 365) throw badInput('Payment days must be a whole number from 0 to 365', { field: 'paymentDays' });
}

/** Sets how and when a customer crm created is invoiced. */
export async function setCustomerTerms(ctx: ErpContext, input: { customerId: string; billOn: BillingTrigger; paymentDays: number }): Promise<CustomerTerms> {
  authorize(ctx.viewer, 'set billing terms', financeWriters);
  if (!isId(input.customerId)) throw badInput('customerId must be a UUID', { field: 'customerId' });
  validatePaymentDays(input.paymentDays);
  const customerId = input.customerId.toLowerCase();
  return ctx.em.transactional(async (em) => {
    if (!(await readKnownSubjects(em, 'crm.CustomerCreated', [customerId])).has(customerId)) throw notFound(`Customer ${input.customerId} not found`, { field: 'customerId' });
    await em.upsert(CustomerAccountSchema, { customerId, billOn: input.billOn, paymentDays: input.paymentDays, updatedAt: ctx.now() });
    return { customerId, billOn: input.billOn, paymentDays: input.paymentDays };
  });
}

/** Sets the days net a supplier srm created is paid in. */
export async function setSupplierPaymentTerms(ctx: ErpContext, input: { supplierId: string; paymentDays: number }): Promise<{ supplierId: string; paymentDays: number }> {
  authorize(ctx.viewer, 'set payment terms', financeWriters);
  if (!isId(input.supplierId)) throw badInput('supplierId must be a UUID', { field: 'supplierId' });
  validatePaymentDays(input.paymentDays);
  const supplierId = input.supplierId.toLowerCase();
  return ctx.em.transactional(async (em) => {
    if (!(await readKnownSubjects(em, 'srm.SupplierCreated', [supplierId])).has(supplierId)) throw notFound(`Supplier ${input.supplierId} not found`, { field: 'supplierId' });
    await em.upsert(SupplierAccountSchema, { supplierId, paymentDays: input.paymentDays, updatedAt: ctx.now() });
    return { supplierId, paymentDays: input.paymentDays };
  });
}
