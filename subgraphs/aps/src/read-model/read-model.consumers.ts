import { execute, sqlArray, type EntityManager } from '@plexus/db';
import { defineConsumer, type SalesOrderLineSnapshot, type PurchaseOrderLineSnapshot } from '@plexus/events';

/**
 * APS plans from its own copies of what other systems announced: items,
 * bills of materials and product families (erp), customer orders and forecasts (crm), purchase
 * orders (srm) and stock (wms). Each consumer applies an event exactly once,
 * in commit order, in the transaction that moves its checkpoint.
 */

const dateOnly = (value: string) => value.slice(0, 10);

export const masterDataConsumer = defineConsumer({
  name: 'planning-master-data',
  types: ['erp.ItemCreated', 'erp.BillOfMaterialsChanged', 'erp.ProductFamilyChanged'],
  async apply(em, event) {
    if (event.type === 'erp.ProductFamilyChanged') {
      const { code, name, unitOfMeasure, itemIds } = event.payload;
      await execute(
        em,
        `INSERT INTO aps.product_family (id, code, name, unit_of_measure) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, unit_of_measure = excluded.unit_of_measure`,
        [event.subjectId, code, name, unitOfMeasure],
      );
      // The event names every item of the family now; an item it names left its former family.
      await execute(em, 'DELETE FROM aps.item_family WHERE family_id = ?', [event.subjectId]);
      for (const itemId of itemIds) {
        await execute(em, 'INSERT INTO aps.item_family (item_id, family_id) VALUES (?, ?) ON CONFLICT (item_id) DO UPDATE SET family_id = excluded.family_id', [itemId, event.subjectId]);
      }
      return;
    }
    if (event.type === 'erp.ItemCreated') {
      const { sku, name, itemType, standardCost } = event.payload;
      await execute(
        em,
        `INSERT INTO aps.item (id, sku, name, item_type, standard_cost) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET sku = excluded.sku, name = excluded.name, item_type = excluded.item_type, standard_cost = excluded.standard_cost`,
        [event.subjectId, sku, name, itemType, standardCost],
      );
      return;
    }
    // A bill of materials is replaced as a whole.
    await execute(em, 'DELETE FROM aps.bom_link WHERE parent_id = ?', [event.subjectId]);
    for (const component of event.payload.components) {
      await execute(em, 'INSERT INTO aps.bom_link (parent_id, component_id, quantity_per) VALUES (?, ?, ?)', [event.subjectId, component.componentId, component.quantityPer]);
    }
  },
});

async function upsertSalesLines(em: EntityManager, orderId: string, number: string, siteId: string | null, lines: readonly SalesOrderLineSnapshot[]): Promise<void> {
  for (const line of lines) {
    await execute(
      em,
      `INSERT INTO aps.sales_order_line (line_id, sales_order_id, order_number, site_id, item_id, quantity, unit_price, due_date, open)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, true)
       ON CONFLICT (line_id) DO UPDATE SET quantity = excluded.quantity, unit_price = excluded.unit_price, due_date = excluded.due_date, site_id = excluded.site_id`,
      [line.lineId, orderId, number, siteId, line.itemId, line.quantity, line.unitPrice, dateOnly(line.promisedDate ?? line.requestedDate)],
    );
  }
}

/** Customer demand: confirmed order lines until they ship or the order is cancelled; forecasts by item, site, source and week. */
export const demandConsumer = defineConsumer({
  name: 'planning-demand',
  types: ['crm.SalesOrderConfirmed', 'crm.SalesOrderPromised', 'crm.SalesOrderCancelled', 'crm.DemandForecastChanged', 'wms.ShipmentShipped'],
  async apply(em, event) {
    switch (event.type) {
      case 'crm.SalesOrderConfirmed':
        await upsertSalesLines(em, event.subjectId, event.payload.number, event.siteId, event.payload.lines);
        return;
      case 'crm.SalesOrderPromised':
        for (const line of event.payload.lines) await execute(em, 'UPDATE aps.sales_order_line SET due_date = ? WHERE line_id = ?', [dateOnly(line.promisedDate), line.lineId]);
        return;
      case 'crm.SalesOrderCancelled':
        await execute(em, 'UPDATE aps.sales_order_line SET open = false WHERE sales_order_id = ?', [event.subjectId]);
        return;
      case 'wms.ShipmentShipped':
        for (const line of event.payload.lines) {
          await execute(
            em,
            `UPDATE aps.sales_order_line SET shipped_quantity = shipped_quantity + ?, open = shipped_quantity + ? < quantity WHERE line_id = ?`,
            [line.quantity, line.quantity, line.salesOrderLineId],
          );
        }
        return;
      case 'crm.DemandForecastChanged': {
        if (!event.itemId || !event.siteId) return;
        // One statement for the whole horizon (a forecast is a year and more of weeks); a week named twice keeps its last quantity.
        const weeks = new Map(event.payload.weeks.map((week) => [dateOnly(week.weekStart), week.quantity]));
        await execute(
          em,
          `INSERT INTO aps.demand_forecast (item_id, site_id, source, week_start, quantity)
           SELECT ?::uuid, ?::uuid, ?::text, week.start, week.quantity FROM unnest(?::date[], ?::numeric[]) AS week (start, quantity)
           ON CONFLICT (item_id, site_id, source, week_start) DO UPDATE SET quantity = excluded.quantity`,
          [event.itemId, event.siteId, event.payload.source, sqlArray([...weeks.keys()]), sqlArray([...weeks.values()])],
        );
        return;
      }
    }
  },
});

async function upsertPurchaseLines(
  em: EntityManager,
  event: { subjectId: string; siteId: string | null; supplierId: string | null },
  number: string,
  lines: readonly PurchaseOrderLineSnapshot[],
  plannedOrderId: string | null,
): Promise<void> {
  for (const line of lines) {
    await execute(
      em,
      `INSERT INTO aps.purchase_order_line (line_id, purchase_order_id, order_number, site_id, supplier_id, item_id, quantity, due_date, open, planned_order_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, true, ?)
       ON CONFLICT (line_id) DO UPDATE SET quantity = excluded.quantity, due_date = excluded.due_date`,
      [line.lineId, event.subjectId, number, event.siteId, event.supplierId, line.itemId, line.quantity, dateOnly(line.requestedDate), plannedOrderId],
    );
  }
}

/** Supply on its way: placed purchase-order lines, as changed and confirmed, less what the warehouse received, until received, closed or cancelled. */
export const purchaseSupplyConsumer = defineConsumer({
  name: 'planning-purchase-supply',
  types: ['srm.PurchaseOrderPlaced', 'srm.PurchaseOrderChanged', 'srm.PurchaseOrderConfirmed', 'srm.PurchaseOrderCancelled', 'srm.PurchaseOrderStatusChanged'],
  async apply(em, event) {
    switch (event.type) {
      case 'srm.PurchaseOrderPlaced':
        await upsertPurchaseLines(em, event, event.payload.number, event.payload.lines, event.payload.plannedOrderId ?? null);
        return;
      case 'srm.PurchaseOrderChanged':
        await upsertPurchaseLines(em, event, event.payload.number, event.payload.lines, null);
        return;
      case 'srm.PurchaseOrderConfirmed':
        // The supplier's date is when the goods are expected.
        for (const line of event.payload.lines) await execute(em, 'UPDATE aps.purchase_order_line SET due_date = ? WHERE line_id = ?', [dateOnly(line.confirmedDate), line.lineId]);
        return;
      case 'srm.PurchaseOrderCancelled':
        await execute(em, 'UPDATE aps.purchase_order_line SET open = false WHERE purchase_order_id = ?', [event.subjectId]);
        return;
      case 'srm.PurchaseOrderStatusChanged':
        if (event.payload.to === 'RECEIVED' || event.payload.to === 'CLOSED' || event.payload.to === 'CANCELLED') {
          await execute(em, 'UPDATE aps.purchase_order_line SET open = false WHERE purchase_order_id = ?', [event.subjectId]);
        }
        return;
    }
  },
});

/**
 * On hand per warehouse: a day's inventory snapshot sets it, receipts and
 * shipments after it move it. Warehouses are placed at their site from the
 * events that name both.
 */
export const stockConsumer = defineConsumer({
  name: 'planning-stock',
  types: ['wms.InventorySnapshotTaken', 'wms.GoodsReceived', 'wms.ShipmentShipped'],
  async apply(em, event) {
    const warehouseId = event.payload.warehouseId;
    if (event.siteId) {
      await execute(em, 'INSERT INTO aps.warehouse (id, site_id) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET site_id = excluded.site_id', [warehouseId, event.siteId]);
    }
    // One statement per event, with an item's lines summed first: an upsert may touch a row only once.
    const move = async (lines: readonly { itemId: string; quantity: number }[]) => {
      const byItem = new Map<string, number>();
      for (const line of lines) byItem.set(line.itemId, (byItem.get(line.itemId) ?? 0) + line.quantity);
      if (byItem.size === 0) return;
      await execute(
        em,
        `INSERT INTO aps.stock (warehouse_id, item_id, quantity)
         SELECT ?::uuid, move.item_id, move.quantity FROM unnest(?::uuid[], ?::numeric[]) AS move (item_id, quantity)
         ON CONFLICT (warehouse_id, item_id) DO UPDATE SET quantity = aps.stock.quantity + excluded.quantity`,
        [warehouseId, sqlArray([...byItem.keys()]), sqlArray([...byItem.values()])],
      );
    };
    switch (event.type) {
      case 'wms.InventorySnapshotTaken':
        await execute(em, 'DELETE FROM aps.stock WHERE warehouse_id = ?', [warehouseId]);
        await move(event.payload.balances);
        return;
      case 'wms.GoodsReceived':
        await move(event.payload.lines);
        return;
      case 'wms.ShipmentShipped':
        await move(event.payload.lines.map((line) => ({ itemId: line.itemId, quantity: -line.quantity })));
        return;
    }
  },
});

/** The purchase-order lines the warehouse received against, less what arrived. */
export const purchaseReceiptConsumer = defineConsumer({
  name: 'planning-purchase-receipts',
  types: ['wms.GoodsReceived'],
  async apply(em, event) {
    for (const line of event.payload.lines) {
      if (!line.purchaseOrderLineId) continue;
      await execute(em, 'UPDATE aps.purchase_order_line SET received_quantity = received_quantity + ? WHERE line_id = ?', [line.quantity, line.purchaseOrderLineId]);
    }
  },
});



/**
 * The shop floor: work centers and machines mes registered, routings erp
 * set, work orders mes released until completed, and the operations mes
 * reported done (they need no more scheduling).
 */
export const shopFloorConsumer = defineConsumer({
  name: 'planning-shop-floor',
  types: ['mes.WorkCenterCreated', 'mes.MachineRegistered', 'erp.RoutingChanged', 'mes.WorkOrderReleased', 'mes.WorkOrderCompleted', 'mes.OperationCompleted'],
  async apply(em, event) {
    switch (event.type) {
      case 'mes.WorkCenterCreated':
        await execute(
          em,
          'INSERT INTO aps.work_center (id, code, name, site_id) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, site_id = excluded.site_id',
          [event.subjectId, event.payload.code, event.payload.name, event.payload.siteId],
        );
        return;
      case 'mes.MachineRegistered':
        await execute(
          em,
          `INSERT INTO aps.machine (id, code, name, work_center_id, site_id) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, work_center_id = excluded.work_center_id, site_id = excluded.site_id`,
          [event.subjectId, event.payload.code, event.payload.name, event.payload.workCenterId, event.payload.siteId],
        );
        return;
      case 'erp.RoutingChanged':
        await execute(em, 'DELETE FROM aps.routing_step WHERE item_id = ?', [event.subjectId]);
        for (const step of event.payload.steps) {
          await execute(
            em,
            'INSERT INTO aps.routing_step (item_id, sequence, work_center_id, setup_minutes, run_seconds_per_unit, machine_ids) VALUES (?, ?, ?, ?, ?, ?)',
            [event.subjectId, step.sequence, step.workCenterId, step.setupMinutes, step.runSecondsPerUnit, JSON.stringify(step.machineIds)],
          );
        }
        return;
      case 'mes.WorkOrderReleased': {
        const order = event.payload;
        await execute(
          em,
          `INSERT INTO aps.work_order (id, number, item_id, site_id, quantity, due_date, priority, sales_order_id, planned_order_id, open)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, true)
           ON CONFLICT (id) DO UPDATE SET quantity = excluded.quantity, due_date = excluded.due_date, priority = excluded.priority`,
          [event.subjectId, order.number, order.itemId, order.siteId, order.quantity, dateOnly(order.dueDate), order.priority, order.salesOrderId, order.plannedOrderId],
        );
        // A rush order committed in aps reserved its slots under the planned order; they are the work order's now.
        if (order.plannedOrderId) await execute(em, 'UPDATE aps.scheduled_operation SET work_order_id = ? WHERE work_order_id = ?', [event.subjectId, order.plannedOrderId]);
        return;
      }
      case 'mes.WorkOrderCompleted': {
        const workOrderId = event.payload.workOrderId ?? event.subjectId;
        await execute(em, 'UPDATE aps.work_order SET open = false WHERE id = ?', [workOrderId]);
        return;
      }
      case 'mes.OperationCompleted':
        await execute(em, 'INSERT INTO aps.operation_done (work_order_id, sequence) VALUES (?, ?) ON CONFLICT DO NOTHING', [event.payload.workOrderId, event.payload.sequence]);
        return;
    }
  },
});

export const readModelConsumers = [masterDataConsumer, demandConsumer, purchaseSupplyConsumer, stockConsumer, purchaseReceiptConsumer, shopFloorConsumer];
