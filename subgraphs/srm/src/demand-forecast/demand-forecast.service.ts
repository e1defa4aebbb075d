import { execute, isId, sqlArray } from '@plexus/db';
import { readKnownSubjects } from '@plexus/events';
import { authorize } from '@plexus/host';
import { badInput, notFound } from '@plexus/errors';
import type { SrmContext } from '../context.ts';
import { SupplierSchema } from '../supplier/supplier.entity.ts';
import { findSupplier, today } from '../supplier/supplier.service.ts';
import { forecastWeeks, validatePlanWeeks, weekStartOf, type ForecastWeek } from './demand-forecast.rules.ts';

/**
 * The demand a supplier can plan capacity with: its open order lines and the
 * buyer's planned need per item and week, which the buyer keeps here until
 * aps' planned orders take its place.
 */
export async function supplierForecast(ctx: SrmContext, supplierId: string, from: string | null | undefined, weeks: number): Promise<ForecastWeek[]> {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) throw badInput('weeks must be between 1 and 52', { field: 'weeks' });
  const supplier = await findSupplier(ctx, supplierId);
  const start = weekStartOf(from ?? today(ctx));
  const [firm, planned] = await Promise.all([
    execute<{ item_id: string; due_date: string; open_quantity: string }[]>(
      ctx.em,
      `SELECT l.item_id, coalesce(l.promised_date, l.requested_date)::text AS due_date, greatest(l.quantity - l.received_quantity, 0) AS open_quantity
         FROM srm.purchase_order o JOIN srm.purchase_order_line l ON l.purchase_order_id = o.id
        WHERE o.supplier_id = ? AND o.status IN ('SENT', 'CONFIRMED', 'PARTIALLY_RECEIVED') AND l.quantity > l.received_quantity`,
      [supplier.id],
    ),
    execute<{ item_id: string; week_start: string; quantity: string }[]>(
      ctx.em,
      'SELECT item_id, week_start::text AS week_start, quantity FROM srm.demand_plan WHERE supplier_id = ? AND week_start >= ?::date',
      [supplier.id, start],
    ),
  ]);
  return forecastWeeks(
    firm.map((row) => ({ itemId: row.item_id, dueDate: row.due_date, openQuantity: Number(row.open_quantity) })),
    planned.map((row) => ({ itemId: row.item_id, weekStart: row.week_start, quantity: Number(row.quantity) })),
    start,
    weeks,
  );
}

/** Replaces the buyer's planned need of the item from the supplier for the weeks given; 0 removes a week. */
export async function planSupplierDemand(ctx: SrmContext, input: { supplierId: string; itemId: string; weeks: { weekStart: string; quantity: number }[] }): Promise<ForecastWeek[]> {
  authorize(ctx.viewer, 'plan supplier demand', ['buyer', 'planner']);
  validatePlanWeeks(input.weeks);
  if (!isId(input.supplierId)) throw notFound(`Supplier ${input.supplierId} not found`, { field: 'supplierId' });
  if (!isId(input.itemId)) throw badInput('itemId must be a UUID', { field: 'itemId' });
  const supplierId = input.supplierId.toLowerCase();
  const itemId = input.itemId.toLowerCase();
  const now = ctx.now();
  await ctx.em.transactional(async (em) => {
    if (!(await em.count(SupplierSchema, { id: supplierId }))) throw notFound(`Supplier ${input.supplierId} not found`, { field: 'supplierId' });
    if (!(await readKnownSubjects(em, 'erp.ItemCreated', [itemId])).has(itemId)) throw notFound(`Item ${input.itemId} not found`, { field: 'itemId' });
    await execute(em, 'DELETE FROM srm.demand_plan WHERE supplier_id = ? AND item_id = ? AND week_start = ANY(?::date[])', [
      supplierId,
      itemId,
      sqlArray(input.weeks.map((week) => week.weekStart)),
    ]);
    const planned = input.weeks.filter((week) => week.quantity > 0);
    if (planned.length > 0) {
      await execute(
        em,
        `INSERT INTO srm.demand_plan (supplier_id, item_id, week_start, quantity, updated_at)
         SELECT ?, ?, week_start, quantity, ? FROM unnest(?::date[], ?::numeric[]) AS planned(week_start, quantity)`,
        [supplierId, itemId, now, sqlArray(planned.map((week) => week.weekStart)), sqlArray(planned.map((week) => String(week.quantity)))],
      );
    }
  });
  const first = input.weeks.map((week) => week.weekStart).sort()[0]!;
  const last = input.weeks.map((week) => week.weekStart).sort().at(-1)!;
  const span = Math.round((Date.parse(last) - Date.parse(first)) / (7 * 86_400_000)) + 1;
  return (await supplierForecast(ctx, supplierId, first, Math.min(span, 52))).filter((week) => week.itemId === itemId);
}
