import { containsPattern, createByIdLoader, newId, type EntityManager } from '@plexus/db';
import { recordEvents } from '@plexus/events';
import { authorizeChange } from '@plexus/host';
import { badInput, conflict } from '@plexus/errors';
import type { CrmContext } from '../context.ts';
import { CustomerSchema, type Customer } from './customer.entity.ts';

export function createCustomerLoaders(em: EntityManager) {
  return {
    customerById: createByIdLoader<Customer>(em, CustomerSchema),
  };
}

export const findCustomer = (ctx: CrmContext, id: string) => ctx.loaders.customerById.load(id);

export function listCustomers(ctx: CrmContext, search: string | null, page: { first: number; offset: number }) {
  const term = search?.trim();
  return ctx.em.find(
    CustomerSchema,
    term ? { $or: [{ code: { $ilike: containsPattern(term) } }, { name: { $ilike: containsPattern(term) } }] } : {},
    { orderBy: { name: 'asc' }, limit: Math.min(Math.max(page.first, 0), 500), offset: Math.max(page.offset, 0) },
  );
}

export async function createCustomer(ctx: CrmContext, input: { code: string; name: string; country: string }): Promise<Customer> {
  authorizeChange(ctx.viewer, 'create customers');
  const code = input.code.trim().toUpperCase();
  const name = input.name.trim();
  const country = input.country.trim().toUpperCase();
  if (!/^[A-Z0-9-]{2,20}$/.test(code)) throw badInput('Customer code must be 2–20 letters, digits or dashes', { field: 'code' });
  if (!name) throw badInput('Customer name must not be empty', { field: 'name' });
  if (!/^[A-Z]{2}$/.test(country)) throw badInput('Country must be an ISO 3166-1 alpha-2 code, e.g. DE', { field: 'country' });
  return ctx.em.transactional(async (em) => {
    if (await em.count(CustomerSchema, { code })) throw conflict(`Customer ${code} already exists`, { field: 'code' });
    const customer = em.create(CustomerSchema, { id: newId(), code, name, country });
    await em.flush();
    await recordEvents(
      em,
      [{ type: 'crm.CustomerCreated', subjectType: 'Customer', subjectId: customer.id, customerId: customer.id, payload: { code, name } }],
      { now: ctx.now() },
    );
    return customer;
  });
}
