import { sqlArray, type EntityManager, execute } from '@plexus/db';
import { readOrderEvents, type SupplyChainEvent } from '@plexus/events';
import type { EventProjection } from '../projection/event-projection.ts';
import { takeStaleDays } from '../projection/stale-days.ts';
import { orderFactsFromEvents } from '../perfect-order/perfect-order.rules.ts';
import { fulfilmentRows, type FulfilmentDelivery, type FulfilmentLine, type FulfilmentOrder, type FulfilmentShipment } from './order-fulfilment.rules.ts';

/**
 * Keeps analytics.order_fulfilment_order/_line/_delivery current: any event about an
 * order re-derives that order's rows from all its events (a late claim or a
 * re-promise changes earlier verdicts), and marks the commit and delivered
 * days it touched stale so refresh() rebuilds only those days of the daily
 * and cycle time rollups.
 */

const orderFulfilmentName = 'order-fulfilment';

// Bound parameters per statement stay well under PostgreSQL's 65,535.
const rowsPerInsert = 1000;

async function insertRows<Row>(em: EntityManager, table: string, columns: string[], casts: string[], rows: Row[], values: (row: Row) => unknown[]) {
  const placeholders = `(${casts.map((cast) => `?${cast}`).join(', ')})`;
  for (let start = 0; start < rows.length; start += rowsPerInsert) {
    const chunk = rows.slice(start, start + rowsPerInsert);
    await execute(em, `INSERT INTO analytics.${table} (${columns.join(', ')}) VALUES ${chunk.map(() => placeholders).join(', ')}`, chunk.flatMap(values));
  }
}

const orderColumns = {
  order_id: '::uuid',
  order_number: '',
  customer_id: '::uuid',
  site_id: '::uuid',
  placed_at: '::timestamptz',
  delivered_at: '::timestamptz',
  cancelled: '::boolean',
};

const orderValues = (order: FulfilmentOrder) => [order.orderId, order.orderNumber, order.customerId, order.siteId, order.placedAt, order.deliveredAt, order.cancelled];

const lineColumns = {
  line_id: '::uuid',
  order_id: '::uuid',
  order_number: '',
  line_number: '::int',
  customer_id: '::uuid',
  site_id: '::uuid',
  item_id: '::uuid',
  placed_at: '::timestamptz',
  requested_date: '::date',
  commit_date: '::date',
  order_commit_date: '::date',
  quantity: '::numeric',
  unit_price: '::numeric',
  cancelled: '::boolean',
  excluded: '::boolean',
  on_time: '::smallint',
  in_full: '::smallint',
  damage_free: '::smallint',
  documentation_accurate: '::smallint',
  reasons: '::text[]',
  delivered_quantity: '::numeric',
  last_delivered_at: '::timestamptz',
  shipped_quantity: '::numeric',
  last_shipped_at: '::timestamptz',
};

const lineValues = (line: FulfilmentLine) => [
  line.lineId,
  line.orderId,
  line.orderNumber,
  line.lineNumber,
  line.customerId,
  line.siteId,
  line.itemId,
  line.placedAt,
  line.requestedDate,
  line.commitDate,
  line.orderCommitDate,
  line.quantity,
  line.unitPrice,
  line.cancelled,
  line.excluded,
  line.onTime,
  line.inFull,
  line.damageFree,
  line.documentationAccurate,
  sqlArray(line.reasons),
  line.deliveredQuantity,
  line.lastDeliveredAt,
  line.shippedQuantity,
  line.lastShippedAt,
];

const shipmentColumns = {
  line_id: '::uuid',
  order_id: '::uuid',
  shipment_id: '::uuid',
  position: '::int',
  shipped_at: '::timestamptz',
  quantity: '::numeric',
  right_item: '::boolean',
};

const shipmentValues = (shipment: FulfilmentShipment) => [
  shipment.lineId,
  shipment.orderId,
  shipment.shipmentId,
  shipment.position,
  shipment.shippedAt,
  shipment.quantity,
  shipment.rightItem,
];

const deliveryColumns = {
  line_id: '::uuid',
  order_id: '::uuid',
  shipment_id: '',
  position: '::int',
  delivered_at: '::timestamptz',
  item_id: '::uuid',
  quantity: '::numeric',
  right_item: '::boolean',
};

const deliveryValues = (delivery: FulfilmentDelivery) => [
  delivery.lineId,
  delivery.orderId,
  delivery.shipmentId,
  delivery.position,
  delivery.deliveredAt,
  delivery.itemId,
  delivery.quantity,
  delivery.rightItem,
];

async function markStale(em: EntityManager, orderIds: string[]) {
  await execute(
    em,
    `INSERT INTO analytics.order_fulfilment_stale_day (day)
     SELECT DISTINCT commit_date FROM analytics.order_fulfilment_line WHERE order_id = ANY(?::uuid[])
     ON CONFLICT DO NOTHING`,
    [sqlArray(orderIds)],
  );
  await execute(
    em,
    `INSERT INTO analytics.order_fulfilment_stale_delivered_day (day)
     SELECT DISTINCT delivered_day FROM analytics.order_fulfilment_order WHERE order_id = ANY(?::uuid[]) AND delivered_day IS NOT NULL
     ON CONFLICT DO NOTHING`,
    [sqlArray(orderIds)],
  );
}

async function apply(em: EntityManager, events: SupplyChainEvent[]): Promise<void> {
  const orderIds = [...new Set(events.flatMap((event) => (event.orderId ? [event.orderId] : [])))];
  if (orderIds.length === 0) return;
  const eventsByOrder = await readOrderEvents(em, orderIds);
  // An event set aside as unusable stays out of its order's facts, so the order's later events still apply.
  const setAside = new Set(
    (await execute<{ event_id: string }[]>(em, 'SELECT event_id FROM analytics.set_aside_event WHERE consumer = ?', [orderFulfilmentName])).map((row) => row.event_id),
  );
  // Days the orders were due on before this batch lose them; days they are due on now gain them.
  await markStale(em, orderIds);
  await execute(em, 'DELETE FROM analytics.order_fulfilment_delivery WHERE order_id = ANY(?::uuid[])', [sqlArray(orderIds)]);
  await execute(em, 'DELETE FROM analytics.order_fulfilment_shipment WHERE order_id = ANY(?::uuid[])', [sqlArray(orderIds)]);
  await execute(em, 'DELETE FROM analytics.order_fulfilment_line WHERE order_id = ANY(?::uuid[])', [sqlArray(orderIds)]);
  await execute(em, 'DELETE FROM analytics.order_fulfilment_order WHERE order_id = ANY(?::uuid[])', [sqlArray(orderIds)]);
  const orders: FulfilmentOrder[] = [];
  const lines: FulfilmentLine[] = [];
  const deliveries: FulfilmentDelivery[] = [];
  const shipments: FulfilmentShipment[] = [];
  for (const [orderId, orderEvents] of eventsByOrder) {
    const facts = orderFactsFromEvents(orderId, setAside.size ? orderEvents.filter((event) => !setAside.has(event.id)) : orderEvents);
    if (!facts) continue;
    const rows = fulfilmentRows(facts);
    orders.push(rows.order);
    lines.push(...rows.lines);
    deliveries.push(...rows.deliveries);
    shipments.push(...rows.shipments);
  }
  await insertRows(em, 'order_fulfilment_order', Object.keys(orderColumns), Object.values(orderColumns), orders, orderValues);
  await insertRows(em, 'order_fulfilment_line', Object.keys(lineColumns), Object.values(lineColumns), lines, lineValues);
  await insertRows(em, 'order_fulfilment_delivery', Object.keys(deliveryColumns), Object.values(deliveryColumns), deliveries, deliveryValues);
  await insertRows(em, 'order_fulfilment_shipment', Object.keys(shipmentColumns), Object.values(shipmentColumns), shipments, shipmentValues);
  await markStale(em, orderIds);
}

/**
 * Rebuilds the rollup rows of the stale commit days: orders due that day (by
 * the order's commit date) and lines due that day, per site, per customer and
 * for all customers; and the cycle time rows of the stale delivered days.
 */
async function refresh(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    await refreshCycleDays(tx);
    const days = await takeStaleDays(tx, 'analytics.order_fulfilment_stale_day', 'analytics.order_fulfilment_daily');
    if (!days) return;
    await execute(
      tx,
      `INSERT INTO analytics.order_fulfilment_daily
         (day, site_id, by_customer, customer_id, orders_due, perfect_orders, on_time_orders, in_full_orders, damage_free_orders,
          documentation_accurate_orders, lines_due, otif_lines)
       SELECT day, site_id, grouping(customer_id) = 0, customer_id, sum(orders_due), sum(perfect), sum(on_time), sum(in_full), sum(damage_free),
              sum(documentation_accurate), sum(lines_due), sum(otif)
         FROM (
           SELECT order_commit_date AS day, site_id, customer_id, 1 AS orders_due,
                  min(on_time * in_full * damage_free * documentation_accurate) AS perfect, min(on_time) AS on_time,
                  min(in_full) AS in_full, min(damage_free) AS damage_free, min(documentation_accurate) AS documentation_accurate,
                  0 AS lines_due, 0 AS otif
             FROM analytics.order_fulfilment_line
            WHERE NOT excluded AND order_commit_date = ANY(?::date[])
            GROUP BY order_id, order_commit_date, site_id, customer_id
           UNION ALL
           SELECT commit_date, site_id, customer_id, 0, 0, 0, 0, 0, 0, 1, on_time * in_full
             FROM analytics.order_fulfilment_line
            WHERE NOT excluded AND commit_date = ANY(?::date[])
         ) facts
        GROUP BY GROUPING SETS ((day, site_id, customer_id), (day, site_id))`,
      [days, days],
    );
  });
}

/** Per delivered day and site: orders not cancelled by whole days of cycle time, with their cycle days summed. */
async function refreshCycleDays(tx: EntityManager): Promise<void> {
  const days = await takeStaleDays(tx, 'analytics.order_fulfilment_stale_delivered_day', 'analytics.order_fulfilment_cycle_daily');
  if (!days) return;
  await execute(
    tx,
    `INSERT INTO analytics.order_fulfilment_cycle_daily (day, site_id, whole_days, orders, total_days)
     SELECT delivered_day, site_id, floor(cycle_days)::int, count(*), sum(cycle_days)
       FROM analytics.order_fulfilment_order
      WHERE NOT cancelled AND delivered_day = ANY(?::date[])
      GROUP BY 1, 2, 3`,
    [days],
  );
}

export const orderFulfilmentProjection: EventProjection = {
  name: orderFulfilmentName,
  types: [
    'crm.SalesOrderPlaced',
    'crm.SalesOrderPromised',
    'crm.SalesOrderCancelled',
    'wms.ShipmentShipped',
    'scm.DeliveryConfirmed',
    'crm.DamageClaimOpened',
    'erp.InvoiceIssued',
  ],
  apply,
  refresh,
};
