import { demoKey, type DemoStep, type Simulation } from '@plexus/host';
import type { CrmContext } from './context.ts';
import { createCustomer } from './customer/customer.service.ts';
import { forecastDemandFromHistory } from './demand-forecast/demand-forecast.service.ts';
import { cancelSalesOrder, confirmSalesOrder, createSalesOrder, promiseSalesOrder } from './sales-order/sales-order.service.ts';
import { openServiceCase } from './service-case/service-case.service.ts';
import { demoItems, demoSites } from '@plexus/erp/demo';

/** An order crm promised, as the warehouse sees it: what to ship from which site, and by when. */
export interface DemoPromisedOrder {
  orderId: string;
  siteId: string;
  promisedDate: string;
  lines: { lineId: string; itemId: string; quantity: number }[];
}

/** Orders promised to customers and not cancelled, in the order they were promised. */
export const demoPromisedOrders = demoKey<DemoPromisedOrder[]>('crm.promisedOrders');

const customers = [
  ['Nordwerk Chemie', 'DE'],
  ['Aqua Utilities Rotterdam', 'NL'],
  ['Brasserie du Nord', 'FR'],
  ['Valle Food Processing', 'IT'],
  ['Baltic Paper Mills', 'PL'],
  ['Iberia Water Services', 'ES'],
  ['Alpine Dairy Group', 'AT'],
  ['Fjord Aquaculture', 'NO'],
  ['Danube Refinery', 'HU'],
  ['Thames Brewing Co', 'GB'],
  ['Helvetia Pharma', 'CH'],
  ['Vltava Sugar', 'CZ'],
  ['Oresund District Heating', 'DK'],
  ['Flanders Textiles', 'BE'],
  ['Lusitania Pulp', 'PT'],
  ['Suomi Mining', 'FI'],
  ['Rhein Galvanik', 'DE'],
  ['Provence Cosmetics', 'FR'],
  ['Po Valley Wines', 'IT'],
  ['Carpathian Timber', 'RO'],
  ['Aegean Desalination', 'GR'],
  ['Vistula Breweries', 'PL'],
  ['Saxony Semiconductors', 'DE'],
  ['Liffey Distillers', 'IE'],
] as const;

const dayMs = 86_400_000;
const hourMs = 3_600_000;
const demoCustomers = demoKey<{ id: string }[]>('crm.customers');
/** Days of history before the first order: the warehouses fill first. */
const leadInDays = 10;

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Two dozen customers and about three hundred orders over the history: each
 * placed, confirmed within a day, promised (one in five later than asked),
 * a few withdrawn by the customer; crm hears shipments and deliveries from
 * their systems. Every fourth Monday, on the last one, and on the day
 * before today, planning refreshes the statistical forecast of each
 * finished good at each site for the next 78 weeks: the planner's MRP run
 * of the day before today then plans from a forecast of the whole history.
 */
export const crmDemo: DemoStep<CrmContext> = {
  after: ['erp'],
  async setUp(simulation) {
    const at = simulation.at(simulation.firstDay);
    const created = [];
    for (const [index, [name, country]] of customers.entries()) {
      created.push(await createCustomer(at, { code: `C-${String(index + 1).padStart(4, '0')}`, name, country }));
    }
    simulation.world.set(demoCustomers, created);
    simulation.world.set(demoPromisedOrders, []);
  },

  async day(simulation, day) {
    await claimDamage(simulation, day);
    const weeksLeft = Math.floor((simulation.today.getTime() - day.getTime()) / (7 * dayMs));
    const beforeMrpRun = day.getTime() === simulation.today.getTime() - dayMs;
    if ((day.getUTCDay() === 1 && weeksLeft % 4 === 0) || beforeMrpRun) {
      const forecastAt = new Date(day.getTime() + 6 * hourMs);
      simulation.later(forecastAt, async () => {
        const { plant, distribution } = simulation.world.get(demoSites);
        for (const item of simulation.world.get(demoItems).finished) {
          for (const site of [plant, distribution]) await forecastDemandFromHistory(simulation.at(forecastAt), { itemId: item.id, siteId: site.id, weeks: 78 });
        }
      });
    }
    const orderDays = Math.max(1, simulation.days - leadInDays);
    const orderCount = simulation.size('orders', Math.round((300 * orderDays) / 90));
    const windowStart = simulation.firstDay.getTime() + leadInDays * dayMs;
    const pick = <T>(values: readonly T[]): T => values[Math.floor(simulation.random() * values.length)]!;
    const { finished } = simulation.world.get(demoItems);
    const { plant, distribution } = simulation.world.get(demoSites);
    const customerList = simulation.world.get(demoCustomers);
    // Orders are spread evenly over the window; today's are those whose slot falls on this day.
    const first = Math.ceil(((day.getTime() - windowStart) / (orderDays * dayMs)) * orderCount);
    const last = Math.ceil(((day.getTime() + dayMs - windowStart) / (orderDays * dayMs)) * orderCount);
    for (let index = Math.max(0, first); index < Math.min(orderCount, last); index += 1) {
      const orderedAt = new Date(windowStart + (index / orderCount) * orderDays * dayMs + Math.floor(simulation.random() * 8) * hourMs);
      if (orderedAt > simulation.now) return;
      const items = [...new Set(Array.from({ length: 1 + Math.floor(simulation.random() * 4) }, () => pick(finished)))];
      const leadDays = 5 + Math.floor(simulation.random() * 16);
      const siteId = simulation.random() < 0.5 ? plant.id : distribution.id;
      const order = await createSalesOrder(simulation.at(orderedAt), {
        customerId: pick(customerList).id,
        siteId,
        currency: 'EUR',
        lines: items.map((item) => ({
          itemId: item.id,
          quantity: 1 + Math.floor(simulation.random() * 40),
          unitPrice: Math.round(item.standardCost * (1.3 + simulation.random() * 0.3) * 100) / 100,
          requestedDate: isoDay(orderedAt.getTime() + leadDays * dayMs),
        })),
      });
      const fate = simulation.random();
      // A few orders are never confirmed (still with sales); a few are withdrawn after their promise.
      if (fate < 0.04) continue;
      const confirmedAt = new Date(orderedAt.getTime() + (1 + Math.floor(simulation.random() * 20)) * hourMs);
      const slip = simulation.random() < 0.2 ? 1 + Math.floor(simulation.random() * 4) : 0;
      const promisedDate = isoDay(orderedAt.getTime() + (leadDays + slip) * dayMs);
      simulation.later(confirmedAt, async () => {
        await confirmSalesOrder(simulation.at(confirmedAt), order.id);
        const promisedAt = new Date(confirmedAt.getTime() + hourMs);
        const lines = await simulation.at(promisedAt).loaders.linesByOrder.load(order.id);
        await promiseSalesOrder(simulation.at(promisedAt), order.id, lines.map((line) => ({ lineId: line.id, promisedDate })));
        if (fate < 0.07) {
          const cancelledAt = new Date(promisedAt.getTime() + 2 * dayMs);
          simulation.later(cancelledAt, async () => {
            await cancelSalesOrder(simulation.at(cancelledAt), order.id, 'Customer withdrew the order', 'CUSTOMER');
          });
          return;
        }
        simulation.world.get(demoPromisedOrders).push({
          orderId: order.id,
          siteId,
          promisedDate,
          lines: lines.map((line) => ({ lineId: line.id, itemId: line.itemId, quantity: Number(line.quantity) })),
        });
      });
    }
  },
};

/**
 * The morning after a damaged delivery, the customer claims the damaged
 * unit against the shipment that carried it (crm hears deliveries from
 * scm's events; it reads them here as its people would read their inbox).
 */
async function claimDamage(simulation: Simulation<CrmContext>, day: Date): Promise<void> {
  const deliveries = await simulation.database.query<{ order_id: string; payload: { shipmentId: string; lines: { salesOrderLineId: string }[] } }>(
    `SELECT order_id::text AS order_id, payload FROM analytics.supply_chain_event
      WHERE type = 'scm.DeliveryConfirmed' AND (payload->>'damaged')::boolean AND order_id IS NOT NULL AND time >= $1::timestamptz AND time < $2::timestamptz
      ORDER BY time, id`,
    [new Date(day.getTime() - dayMs).toISOString(), day.toISOString()],
  );
  const claimAt = new Date(day.getTime() + 9 * hourMs);
  for (const delivery of deliveries) {
    const line = delivery.payload.lines[0];
    if (!line) continue;
    simulation.later(claimAt, async () => {
      await openServiceCase(simulation.at(claimAt), 'DAMAGE_CLAIM', {
        salesOrderId: delivery.order_id,
        shipmentId: delivery.payload.shipmentId,
        reason: 'Delivered damaged: outer packaging crushed, unit dented',
        lines: [{ salesOrderLineId: line.salesOrderLineId, quantity: 1 }],
      });
    });
  }
}
