import DataLoader from 'dataloader';
import { containsPattern, createByIdLoader, execute, newId, sqlArray, type EntityManager } from '@plexus/db';
import { recordEvents } from '@plexus/events';
import { authorizeChange, siteScope, validatePage, type Viewer } from '@plexus/host';
import { badInput, conflict } from '@plexus/errors';
import type { CrmContext } from '../context.ts';
import { openOrderStatuses } from '../sales-order/sales-order.rules.ts';
import { CustomerSchema, type Customer } from './customer.entity.ts';

/** A customer's orders at a glance: how many, how many still open, and when it last ordered. */
export interface CustomerOrderSummary {
  orderCount: number;
  openOrderCount: number;
  lastOrderedAt: Date | null;
}

export function createCustomerLoaders(em: EntityManager, viewer: Viewer) {
  return {
    customerById: createByIdLoader<Customer>(em, CustomerSchema),
    // Customers are open to site-scoped users, their orders only at their sites: the summary counts those alone.
    orderSummaryByCustomer: new DataLoader<string, CustomerOrderSummary>(async (customerIds) => {
      const sites = siteScope(viewer);
      const rows = await execute<{ customer_id: string; orders: number; open: number; last_ordered_at: Date | string }[]>(
        em,
        `SELECT customer_id, count(*)::int AS orders, (count(*) FILTER (WHERE status = ANY(?::text[])))::int AS open, max(ordered_at) AS last_ordered_at
           FROM crm.sales_order
          WHERE customer_id = ANY(?::uuid[])${sites ? ' AND site_id = ANY(?::uuid[])' : ''}
          GROUP BY customer_id`,
        [sqlArray(openOrderStatuses), sqlArray(customerIds), ...(sites ? [sqlArray(sites)] : [])],
      );
      const byCustomer = new Map(rows.map((row) => [row.customer_id, row]));
      return customerIds.map((id) => {
        const row = byCustomer.get(id);
        return row
          ? { orderCount: Number(row.orders), openOrderCount: Number(row.open), lastOrderedAt: new Date(row.last_ordered_at) }
          : { orderCount: 0, openOrderCount: 0, lastOrderedAt: null };
      });
    }),
  };
}

export const findCustomer = (ctx: CrmContext, id: string) => ctx.loaders.customerById.load(id);

const searchCondition = (search: string | null | undefined) => {
  const term = search?.trim();
  return term ? { $or: [{ code: { $ilike: containsPattern(term) } }, { name: { $ilike: containsPattern(term) } }] } : {};
};

export function listCustomers(ctx: CrmContext, search: string | null, page: { first: number; offset: number }) {
  return ctx.em.find(CustomerSchema, searchCondition(search), {
    orderBy: { name: 'asc' },
    limit: Math.min(Math.max(page.first, 0), 500),
    offset: Math.max(page.offset, 0),
  });
}

/** One page of customers by name (code breaking ties) and the total over all pages. */
export async function pageCustomers(ctx: CrmContext, search: string | null, page: { first: number; offset: number }) {
  validatePage(page);
  const [items, totalCount] = await ctx.em.findAndCount(CustomerSchema, searchCondition(search), {
    orderBy: [{ name: 'asc' }, { code: 'asc' }],
    limit: page.first,
    offset: page.offset,
  });
  return { items, totalCount };
}

export const customerOrderSummary = (ctx: CrmContext, customerId: string) => ctx.loaders.orderSummaryByCustomer.load(customerId);

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
