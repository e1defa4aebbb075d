import { seededRandom } from '@plexus/aps/scheduling';
import type { Database } from '@plexus/db';
import { openAnalytics } from '@plexus/analytics';
import { openCrm } from '@plexus/crm';
import { createCrmContext } from '@plexus/crm/context';
import { applyFulfilmentEvents, confirmSalesOrder, createCustomer, createSalesOrder, promiseSalesOrder, cancelSalesOrder } from '@plexus/crm/services';
import { openErp } from '@plexus/erp';
import { createErpContext } from '@plexus/erp/context';
import { createItem, createSite, setBillOfMaterials } from '@plexus/erp/services';
import { openWms } from '@plexus/wms';
import { createWmsContext } from '@plexus/wms/context';
import { createWarehouse, receiveGoods, shipSalesOrder } from '@plexus/wms/services';

/**
 * A small, deterministic company: two sites, forty items with bills of
 * materials, two dozen customers and about three hundred orders over the last
 * ninety days, each taken through the real services at the time it happened,
 * so every order has a true cross-system timeline.
 */

const day = 24 * 60 * 60 * 1000;
const hour = 60 * 60 * 1000;
const orderCount = 300;

const finishedGoods = [
  ['PUMP-C100', 'Centrifugal pump C100'],
  ['PUMP-C200', 'Centrifugal pump C200'],
  ['PUMP-D50', 'Dosing pump D50'],
  ['VALV-B25', 'Ball valve DN25'],
  ['VALV-B50', 'Ball valve DN50'],
  ['VALV-G80', 'Gate valve DN80'],
  ['FILT-S10', 'Strainer filter S10'],
  ['HEXC-P20', 'Plate heat exchanger P20'],
  ['MIXR-I40', 'Inline mixer I40'],
  ['SEAL-KIT', 'Mechanical seal service kit'],
  ['LUBE-5L', 'Synthetic pump lubricant 5 l'],
  ['CTRL-V2', 'Pump controller V2'],
] as const;

const semiFinished = [
  ['SFG-IMPELLER', 'Machined impeller'],
  ['SFG-HOUSING', 'Cast pump housing'],
  ['SFG-SHAFT', 'Ground drive shaft'],
  ['SFG-BODY25', 'Valve body DN25'],
  ['SFG-BODY50', 'Valve body DN50'],
  ['SFG-PLATEPK', 'Heat exchanger plate pack'],
  ['SFG-PCB', 'Controller board assembly'],
  ['SFG-MOTOR', 'Motor assembly 2.2 kW'],
] as const;

const rawMaterials = [
  'Stainless steel bar 316L',
  'Cast iron GG25 blank',
  'Bronze ingot',
  'EPDM O-ring set',
  'FKM gasket',
  'Ball bearing 6205',
  'Copper winding wire',
  'Electrical steel laminations',
  'Printed circuit board blank',
  'Microcontroller STM32',
  'Hex bolt M10',
  'Hex nut M10',
  'Stainless sheet 0.6 mm',
  'PTFE seat ring',
  'Paint RAL 5010',
  'Carton box L',
  'Pallet EUR',
  'Synthetic base oil',
  'Additive package',
  'Steel drum 5 l',
];

const customerNames = [
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

interface Stocked {
  id: string;
  sku: string;
  standardCost: number;
}

export async function seedDemoData(database: Database, today: Date): Promise<void> {
  const [analytics, erp, crm, wms] = [await openAnalytics(database), await openErp(database), await openCrm(database), await openWms(database)];
  try {
    const existing = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM crm.sales_order');
    if ((existing[0]?.n ?? 0) > 0) return;
    const rand = seededRandom(20261124);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(rand() * values.length)]!;
    const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - 100 * day);
    const viewer = { role: 'admin' as const };
    const at = (time: Date) => () => time;
    const erpAt = (time: Date) => createErpContext(erp.em, viewer, at(time));
    const crmAt = (time: Date) => createCrmContext(crm.em, viewer, at(time));
    const wmsAt = (time: Date) => createWmsContext(wms.em, viewer, at(time));

    const plant = await createSite(erpAt(start), { code: 'PLT-BER', name: 'Berlin plant', timeZone: 'Europe/Berlin' });
    const distribution = await createSite(erpAt(start), { code: 'DC-RTM', name: 'Rotterdam distribution centre', timeZone: 'Europe/Amsterdam' });

    const raw: Stocked[] = [];
    for (const [index, name] of rawMaterials.entries()) {
      raw.push(await createItem(erpAt(start), { sku: `RM-${String(index + 1).padStart(3, '0')}`, name, type: 'RM', unitOfMeasure: index === 17 ? 'L' : 'EA', standardCost: Math.round((0.2 + rand() * 40) * 100) / 100 }));
    }
    const semi: Stocked[] = [];
    for (const [sku, name] of semiFinished) {
      const item = await createItem(erpAt(start), { sku, name, type: 'SFG', unitOfMeasure: 'EA', standardCost: Math.round((15 + rand() * 120) * 100) / 100 });
      semi.push(item);
      const components = [...new Set([pick(raw), pick(raw), pick(raw)])];
      await setBillOfMaterials(erpAt(start), item.id, components.map((component) => ({ componentId: component.id, quantityPer: 1 + Math.floor(rand() * 4) })));
    }
    const finished: Stocked[] = [];
    for (const [sku, name] of finishedGoods) {
      const item = await createItem(erpAt(start), { sku, name, type: 'FG', unitOfMeasure: 'EA', standardCost: Math.round((60 + rand() * 900) * 100) / 100 });
      finished.push(item);
      const components = [...new Set([pick(semi), pick(semi), pick(raw), pick(raw)])];
      await setBillOfMaterials(erpAt(start), item.id, components.map((component) => ({ componentId: component.id, quantityPer: 1 + Math.floor(rand() * 3) })));
    }

    const customers = [];
    for (const [index, [name, country]] of customerNames.entries()) {
      customers.push(await createCustomer(crmAt(start), { code: `C-${String(index + 1).padStart(4, '0')}`, name, country }));
    }

    const warehouses = [
      await createWarehouse(wmsAt(start), { code: 'WH-BER', name: 'Berlin finished goods', siteId: plant.id, locationCodes: ['A-01', 'A-02', 'A-03', 'A-04', 'B-01', 'B-02'] }),
      await createWarehouse(wmsAt(start), { code: 'WH-RTM', name: 'Rotterdam DC', siteId: distribution.id, locationCodes: ['R-01', 'R-02', 'R-03', 'R-04'] }),
    ];
    const locations = await database.query<{ id: string; warehouse_id: string }>('SELECT id, warehouse_id FROM wms.location ORDER BY code');
    for (let receiptDay = 0; receiptDay < 100; receiptDay += 14) {
      for (const warehouse of warehouses) {
        const receivedAt = new Date(start.getTime() + receiptDay * day + 7 * hour);
        const here = locations.filter((location) => location.warehouse_id === warehouse.id);
        await receiveGoods(wmsAt(receivedAt), {
          warehouseId: warehouse.id,
          lines: finished.map((item, index) => ({
            itemId: item.id,
            locationId: here[index % here.length]!.id,
            lotNumber: `L${receivedAt.toISOString().slice(2, 10).replaceAll('-', '')}-${warehouse.code.slice(3)}-${String(index + 1).padStart(2, '0')}`,
            expiryDate: item.sku === 'LUBE-5L' ? new Date(receivedAt.getTime() + 240 * day).toISOString().slice(0, 10) : null,
            quantity: 400,
          })),
        });
      }
    }

    const windowStart = today.getTime() - 90 * day;
    for (let index = 0; index < orderCount; index += 1) {
      const orderedAt = new Date(windowStart + (index / orderCount) * 90 * day + Math.floor(rand() * 8) * hour);
      const orderDate = orderedAt.getTime();
      const lineCount = 1 + Math.floor(rand() * 4);
      const items = [...new Set(Array.from({ length: lineCount }, () => pick(finished)))];
      const leadDays = 5 + Math.floor(rand() * 16);
      const requestedDate = new Date(orderDate + leadDays * day).toISOString().slice(0, 10);
      // The order names the site that ships it, so site KPIs see it before (or without) a shipment.
      const warehouse = pick(warehouses);
      const order = await createSalesOrder(crmAt(orderedAt), {
        customerId: pick(customers).id,
        siteId: warehouse.siteId,
        currency: 'EUR',
        lines: items.map((item) => ({
          itemId: item.id,
          quantity: 1 + Math.floor(rand() * 40),
          unitPrice: Math.round(item.standardCost * (1.3 + rand() * 0.3) * 100) / 100,
          requestedDate,
        })),
      });
      const fate = rand();
      if (fate < 0.04) continue;
      const confirmedAt = new Date(orderDate + (1 + Math.floor(rand() * 20)) * hour);
      if (confirmedAt > today) continue;
      await confirmSalesOrder(crmAt(confirmedAt), order.id);
      const lines = await crm.em.fork().getConnection().execute<{ id: string; quantity: string }[]>(
        'SELECT id, quantity FROM crm.sales_order_line WHERE sales_order_id = ? ORDER BY line_number',
        [order.id],
      );
      const slip = rand() < 0.2 ? 1 + Math.floor(rand() * 4) : 0;
      const promisedDate = new Date(orderDate + (leadDays + slip) * day).toISOString().slice(0, 10);
      const promisedAt = new Date(confirmedAt.getTime() + hour);
      await promiseSalesOrder(crmAt(promisedAt), order.id, lines.map((line) => ({ lineId: line.id, promisedDate })));
      if (fate < 0.07) {
        await cancelSalesOrder(crmAt(new Date(promisedAt.getTime() + 2 * day)), order.id, 'Customer withdrew the order');
        continue;
      }
      const late = rand() < 0.15 ? 1 + Math.floor(rand() * 4) : 0;
      const shipAt = new Date(Date.parse(promisedDate) - 2 * day + late * day + 10 * hour);
      if (shipAt > today) continue;
      const partial = rand() < 0.12;
      const quantities = lines.map((line) => Number(line.quantity));
      const first = partial ? quantities.map((quantity) => Math.max(1, Math.floor(quantity / 2))) : quantities;
      await shipSalesOrder(wmsAt(shipAt), {
        salesOrderId: order.id,
        warehouseId: warehouse.id,
        lines: lines.map((line, lineIndex) => ({ salesOrderLineId: line.id, quantity: first[lineIndex]! })),
      });
      const restAt = new Date(shipAt.getTime() + 3 * day);
      const rest = quantities.map((quantity, lineIndex) => quantity - first[lineIndex]!);
      if (partial && restAt <= today && rest.some((quantity) => quantity > 0)) {
        await shipSalesOrder(wmsAt(restAt), {
          salesOrderId: order.id,
          warehouseId: warehouse.id,
          lines: lines.flatMap((line, lineIndex) => (rest[lineIndex]! > 0 ? [{ salesOrderLineId: line.id, quantity: rest[lineIndex]! }] : [])),
        });
      }
    }
    while ((await applyFulfilmentEvents(crm.em.fork(), 500)) > 0);
  } finally {
    for (const orm of [wms, crm, erp, analytics]) await orm.close();
  }
}
