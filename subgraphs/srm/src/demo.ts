import { demoItems, demoSites, type DemoItem } from '@plexus/erp/demo';
import { demoKey, type DemoStep, type Simulation } from '@plexus/host';
import { submitAsn } from './asn/asn.service.ts';
import type { SrmContext } from './context.ts';
import { planSupplierDemand } from './demand-forecast/demand-forecast.service.ts';
import { addWeeks, weekStartOf } from './demand-forecast/demand-forecast.rules.ts';
import {
  cancelPurchaseOrder,
  closePurchaseOrder,
  confirmPurchaseOrder,
  createPurchaseOrder,
  requestPurchaseOrderChange,
  respondToPurchaseOrderChange,
  sendPurchaseOrder,
} from './purchase-order/purchase-order.service.ts';
import { awardRfq, compareRfqQuotes, createRfq, submitQuote } from './sourcing/rfq.service.ts';
import { roundUpToOrderable } from './supplier-item/supplier-item.rules.ts';
import { setSupplierItem } from './supplier-item/supplier-item.service.ts';
import { changeSupplierStatus, createSupplier, recordSupplierCertificate, supplierOrderability } from './supplier/supplier.service.ts';

/** What one delivery brings to the plant's dock, as the supplier shipped it. */
export interface DemoDelivery {
  purchaseOrderId: string;
  supplierId: string;
  /** Null when the supplier ships without a notice: the dock receives against the order lines. */
  asnId: string | null;
  arrival: Date;
  /** Share of the shipped units that are defective: the dock refuses them. */
  defectShare: number;
  lines: { purchaseOrderLineId: string; asnLineId: string | null; itemId: string; lotNumber: string; quantity: number }[];
}

/** Deliveries on their way to the plant, in the order suppliers shipped them (the opening stock's first). */
export const demoDeliveries = demoKey<DemoDelivery[]>('srm.deliveries');

interface Profile {
  /** Chance a delivery arrives late, and by how many days at most. */
  late: number;
  maxLateDays: number;
  /** Chance a shipment is short. */
  short: number;
  /** Chance a delivery has defects, and the largest share of defective units. */
  defective: number;
  maxDefectShare: number;
  /** Ships without advance ship notices. */
  noAsn?: boolean;
}

const reliable: Profile = { late: 0.08, maxLateDays: 2, short: 0.08, defective: 0.03, maxDefectShare: 0.04 };

const suppliers: { name: string; country: string; status: 'APPROVED' | 'CONDITIONAL' | 'PROSPECT'; profile: Profile }[] = [
  { name: 'Rheinstahl Halbzeuge', country: 'DE', status: 'APPROVED', profile: reliable },
  { name: 'Ostrava Foundry', country: 'CZ', status: 'APPROVED', profile: reliable },
  { name: 'Polimeri Torino', country: 'IT', status: 'APPROVED', profile: reliable },
  { name: 'Nordic Bearings', country: 'SE', status: 'APPROVED', profile: { ...reliable, late: 0.03 } },
  { name: 'Silesia Wire & Cable', country: 'PL', status: 'APPROVED', profile: reliable },
  { name: 'Eindhoven Electronics', country: 'NL', status: 'APPROVED', profile: reliable },
  { name: 'Lyon Fasteners', country: 'FR', status: 'CONDITIONAL', profile: reliable },
  { name: 'Bavaria Coatings', country: 'DE', status: 'APPROVED', profile: reliable },
  { name: 'Havel Verpackung', country: 'DE', status: 'APPROVED', profile: { ...reliable, noAsn: true } },
  // The one that is often late: it promises the requested date and misses it.
  { name: 'Danubia Castings', country: 'HU', status: 'APPROVED', profile: { late: 0.55, maxLateDays: 6, short: 0.1, defective: 0.05, maxDefectShare: 0.05 } },
  // The one with quality problems: most of its deliveries carry defects.
  { name: 'Iberica Seals', country: 'ES', status: 'APPROVED', profile: { late: 0.1, maxLateDays: 3, short: 0.05, defective: 0.6, maxDefectShare: 0.15 } },
  // Blocked during the history after quality escapes; its items are sourced anew by RFQ.
  { name: 'Adriatic Chemicals', country: 'HR', status: 'APPROVED', profile: { late: 0.15, maxLateDays: 3, short: 0.08, defective: 0.2, maxDefectShare: 0.1 } },
  // Quotes, wins an RFQ and is qualified then.
  { name: 'Baltic Oils', country: 'LT', status: 'PROSPECT', profile: reliable },
];
const blockedSupplier = 11;
const prospect = 12;
/** The supplier whose certificate runs out during the history and is renewed a week later. */
const lapsingSupplier = 6;

const dayMs = 86_400_000;
const hourMs = 3_600_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const cents = (value: number) => Math.round(value * 100) / 100;

interface Source {
  supplierIndex: number;
  leadTimeDays: number;
  minimumOrderQuantity: number;
  orderMultiple: number;
}

interface Material {
  item: DemoItem;
  dailyUsage: number;
  /** Stock on hand plus on order, as the buyer's plan projects it. */
  position: number;
  source: Source;
}

interface DemoState {
  supplierIds: string[];
  materials: Material[];
}

const demoState = demoKey<DemoState>('srm.state');

/**
 * The purchasing side of the demo company: a dozen suppliers for the twenty
 * raw materials, the plant's opening stock of them bought on orders delivered
 * the first morning, then bought by reorder point from the buyer's usage plan (aps'
 * MRP takes over once it plans purchases), each order sent, confirmed by its
 * supplier (some for later dates, some after proposing a later date),
 * some pushed out when the plan moves, shipped with ship notices (one
 * supplier ships without), some late, short or partly defective; one
 * supplier is blocked midway and its items are sourced anew by RFQ, one lets
 * its certificate lapse for a week. The warehouse receives what arrives.
 */
export const srmDemo: DemoStep<SrmContext> = {
  after: ['erp'],
  async setUp(simulation) {
    const at = simulation.at(simulation.firstDay);
    const random = simulation.random;
    const supplierIds: string[] = [];
    for (const [index, supplier] of suppliers.entries()) {
      const created = await createSupplier(at, { code: `S-${String(index + 1).padStart(4, '0')}`, name: supplier.name, country: supplier.country, status: supplier.status });
      supplierIds.push(created.id);
      if (supplier.status === 'PROSPECT') continue;
      const validUntil = index === lapsingSupplier ? isoDay(simulation.firstDay.getTime() + 50 * dayMs) : isoDay(simulation.firstDay.getTime() + (300 + Math.floor(random() * 400)) * dayMs);
      await recordSupplierCertificate(at, created.id, { kind: 'ISO9001', number: `Q-${1000 + index}`, validUntil });
    }
    const { raw } = simulation.world.get(demoItems);
    const materials: Material[] = [];
    for (const [index, item] of raw.entries()) {
      // Cheap parts are used by the thousand, expensive ones by the dozen.
      const dailyUsage = Math.max(4, Math.round((400 / (1 + item.standardCost)) * (0.6 + random() * 0.8)));
      const minimumOrderQuantity = Math.max(10, Math.round((dailyUsage * 3) / 10) * 10);
      const source: Source = {
        supplierIndex: index % (suppliers.length - 1),
        leadTimeDays: 5 + Math.floor(random() * 9),
        minimumOrderQuantity,
        orderMultiple: Math.max(1, minimumOrderQuantity / 10),
      };
      await setSourceTerms(simulation, at, item, source, supplierIds);
      const openingStock = Math.round(dailyUsage * (source.leadTimeDays + 6 + random() * 10));
      materials.push({ item, dailyUsage, position: openingStock, source });
    }
    simulation.world.set(demoState, { supplierIds, materials });
    simulation.world.set(demoDeliveries, []);
    await orderOpeningStock(simulation, materials, supplierIds);
  },

  async day(simulation, day) {
    const state = simulation.world.get(demoState);
    const dayNumber = Math.round((day.getTime() - simulation.firstDay.getTime()) / dayMs);
    for (const material of state.materials) material.position -= material.dailyUsage;

    if (day.getUTCDay() === 1 && Math.floor(dayNumber / 7) % 4 === 0) await shareDemandPlan(simulation, day, state);
    if (dayNumber === 40) blockSupplier(simulation, day, state);
    if (dayNumber === 57) {
      const renewedAt = new Date(day.getTime() + 10 * hourMs);
      simulation.later(renewedAt, async () => {
        await recordSupplierCertificate(simulation.at(renewedAt), state.supplierIds[lapsingSupplier]!, { kind: 'ISO9001', number: 'Q-2006', validUntil: isoDay(renewedAt.getTime() + 730 * dayMs) });
      });
    }
    await reorder(simulation, day, state);
  },
};

/**
 * What the plant holds of each material when the history starts was bought
 * like everything after it: one order per supplier, placed, sent and
 * confirmed on the first day and delivered the same morning (without a
 * notice), so every raw material lot traces back to its supplier's order.
 */
async function orderOpeningStock(simulation: Simulation<SrmContext>, materials: readonly Material[], supplierIds: readonly string[]) {
  const firstDay = simulation.firstDay.getTime();
  const day = isoDay(firstDay);
  const bySupplier = new Map<number, Material[]>();
  for (const material of materials) bySupplier.set(material.source.supplierIndex, [...(bySupplier.get(material.source.supplierIndex) ?? []), material]);
  for (const [supplierIndex, ordered] of bySupplier) {
    const supplierId = supplierIds[supplierIndex]!;
    const at = simulation.at(new Date(firstDay + hourMs));
    // The stock on hand is what the supplier's terms let the buyer order.
    for (const material of ordered) material.position = roundUpToOrderable(material.source, material.position);
    const order = await createPurchaseOrder(at, {
      supplierId,
      siteId: simulation.world.get(demoSites).plant.id,
      lines: ordered.map((material) => ({ itemId: material.item.id, quantity: material.position, requestedDate: day })),
    });
    await sendPurchaseOrder(at, order.id);
    const lines = await at.loaders.linesByPurchaseOrder.load(order.id);
    await confirmPurchaseOrder({ ...simulation.at(new Date(firstDay + 2 * hourMs)), viewer: { role: 'supplier', supplierId } }, order.id, lines.map((line) => ({ lineId: line.id, promisedDate: day })));
    simulation.world.get(demoDeliveries).push({
      purchaseOrderId: order.id,
      supplierId,
      asnId: null,
      arrival: new Date(firstDay + 6 * hourMs),
      defectShare: 0,
      lines: lines.map((line, index) => ({ purchaseOrderLineId: line.id, asnLineId: null, itemId: line.itemId, lotNumber: `OPEN-${ordered[index]!.item.sku}`, quantity: line.quantity })),
    });
  }
}

async function setSourceTerms(simulation: Simulation<SrmContext>, at: SrmContext, item: DemoItem, source: Source, supplierIds: string[], unitPrice?: number) {
  const price = unitPrice ?? cents(item.standardCost * (0.85 + simulation.random() * 0.2));
  await setSupplierItem(at, {
    supplierId: supplierIds[source.supplierIndex]!,
    itemId: item.id,
    supplierSku: `${item.sku.replace('RM-', 'X')}-${source.supplierIndex + 1}`,
    currency: 'EUR',
    leadTimeDays: source.leadTimeDays,
    minimumOrderQuantity: source.minimumOrderQuantity,
    orderMultiple: source.orderMultiple,
    overDeliveryTolerance: item.sku.endsWith('9') || item.sku.endsWith('10') ? 0 : 0.05,
    priceBreaks: [
      { minimumQuantity: source.minimumOrderQuantity, unitPrice: price },
      { minimumQuantity: source.minimumOrderQuantity * 5, unitPrice: cents(price * 0.95) },
    ],
  });
}

/** Every fourth Monday the buyer shares the next eight weeks of planned need with each material's supplier. */
async function shareDemandPlan(simulation: Simulation<SrmContext>, day: Date, state: DemoState) {
  const at = new Date(day.getTime() + 8 * hourMs);
  const monday = weekStartOf(isoDay(day.getTime()));
  simulation.later(at, async () => {
    for (const material of state.materials) {
      await planSupplierDemand(simulation.at(at), {
        supplierId: state.supplierIds[material.source.supplierIndex]!,
        itemId: material.item.id,
        weeks: Array.from({ length: 8 }, (_, week) => ({ weekStart: addWeeks(monday, week + 1), quantity: material.dailyUsage * 7 })),
      });
    }
  });
}

/**
 * The buyer blocks the supplier after repeated quality escapes and asks three
 * others to quote for each of its items; the best offer wins, and its
 * supplier (qualified on the spot if it was a prospect) supplies from then on.
 */
function blockSupplier(simulation: Simulation<SrmContext>, day: Date, state: DemoState) {
  const blockedAt = new Date(day.getTime() + 16 * hourMs);
  simulation.later(blockedAt, async () => {
    await changeSupplierStatus(simulation.at(blockedAt), state.supplierIds[blockedSupplier]!, 'BLOCKED', 'Repeated quality escapes at incoming inspection');
    for (const material of state.materials.filter((candidate) => candidate.source.supplierIndex === blockedSupplier)) {
      const invited = [prospect, (blockedSupplier + 2) % suppliers.length, (blockedSupplier + 5) % suppliers.length];
      const rfq = await createRfq(simulation.at(blockedAt), {
        itemId: material.item.id,
        quantity: material.source.minimumOrderQuantity * 5,
        neededBy: isoDay(blockedAt.getTime() + 21 * dayMs),
        supplierIds: invited.map((index) => state.supplierIds[index]!),
      });
      const quotedAt = new Date(blockedAt.getTime() + 20 * hourMs);
      simulation.later(quotedAt, async () => {
        for (const index of invited) {
          const supplierId = state.supplierIds[index]!;
          await submitQuote({ ...simulation.at(quotedAt), viewer: { role: 'supplier', supplierId } }, rfq.id, supplierId, {
            unitPrice: cents(material.item.standardCost * (0.85 + simulation.random() * 0.3)),
            currency: 'EUR',
            leadTimeDays: 5 + Math.floor(simulation.random() * 8),
            validUntil: isoDay(quotedAt.getTime() + 30 * dayMs),
          });
        }
        const awardedAt = new Date(quotedAt.getTime() + 24 * hourMs);
        simulation.later(awardedAt, async () => {
          const ctx = simulation.at(awardedAt);
          const [best] = await compareRfqQuotes(ctx, rfq);
          const winner = state.supplierIds.indexOf(best!.supplierId);
          if ((await ctx.loaders.supplierById.load(best!.supplierId))!.status === 'PROSPECT') {
            await changeSupplierStatus(ctx, best!.supplierId, 'APPROVED', `Qualified after audit; won ${rfq.number}`);
            await recordSupplierCertificate(ctx, best!.supplierId, { kind: 'ISO9001', number: `Q-${1000 + winner}`, validUntil: isoDay(awardedAt.getTime() + 700 * dayMs) });
          }
          await awardRfq(ctx, rfq.id, best!.quoteId);
          const terms = { ...material.source, supplierIndex: winner, leadTimeDays: best!.leadTimeDays };
          await setSourceTerms(simulation, ctx, material.item, terms, state.supplierIds, best!.unitPrice);
          material.source = terms;
        });
      });
    }
  });
}

/**
 * At nine each morning the buyer orders every material whose projected
 * position fell below its reorder point (usage over the lead time plus five
 * days of safety), three weeks of usage at least, one order per supplier; a
 * supplier who may not get orders today (blocked, certificate lapsed) waits.
 */
async function reorder(simulation: Simulation<SrmContext>, day: Date, state: DemoState) {
  const orderedAt = new Date(day.getTime() + 9 * hourMs);
  const due = state.materials.filter((material) => material.position < material.dailyUsage * (material.source.leadTimeDays + 5));
  const bySupplier = new Map<number, Material[]>();
  for (const material of due) bySupplier.set(material.source.supplierIndex, [...(bySupplier.get(material.source.supplierIndex) ?? []), material]);
  for (const [supplierIndex, materials] of bySupplier) {
    const supplierId = state.supplierIds[supplierIndex]!;
    const ctx = simulation.at(orderedAt);
    const supplier = (await ctx.loaders.supplierById.load(supplierId))!;
    if (!(await supplierOrderability(ctx, supplier)).orderable) continue;
    // One delivery per order: every line is asked for when the slowest can come.
    const requestedDate = isoDay(orderedAt.getTime() + Math.max(...materials.map((material) => material.source.leadTimeDays)) * dayMs);
    const lines = materials.map((material) => ({
      material,
      quantity: roundUpToOrderable(material.source, material.dailyUsage * 21 + Math.max(0, material.dailyUsage * (material.source.leadTimeDays + 5) - material.position)),
      requestedDate,
    }));
    for (const line of lines) line.material.position += line.quantity;
    const order = await createPurchaseOrder(ctx, {
      supplierId,
      siteId: simulation.world.get(demoSites).plant.id,
      lines: lines.map((line) => ({ itemId: line.material.item.id, quantity: line.quantity, requestedDate: line.requestedDate })),
    });
    if (simulation.random() < 0.03) {
      // The need went away before the order left: a draft nobody else heard of.
      for (const line of lines) line.material.position -= line.quantity;
      await cancelPurchaseOrder(simulation.at(new Date(orderedAt.getTime() + hourMs)), order.id, 'Need covered by a transfer');
      continue;
    }
    await sendPurchaseOrder(simulation.at(new Date(orderedAt.getTime() + 15 * 60_000)), order.id);
    await followOrder(simulation, supplierIndex, supplierId, order.id, orderedAt, lines);
  }
}

interface OrderedLine {
  lineId: string;
  itemId: string;
  sku: string;
  quantity: number;
  requestedDate: string;
}

/** What the supplier (and, for plan pushes, the buyer) does with a sent order: all decided now, each step at its moment. */
async function followOrder(
  simulation: Simulation<SrmContext>,
  supplierIndex: number,
  supplierId: string,
  orderId: string,
  orderedAt: Date,
  requested: { material: Material; quantity: number; requestedDate: string }[],
) {
  const random = simulation.random;
  const profile = suppliers[supplierIndex]!.profile;
  const orderLines = await simulation.at(orderedAt).loaders.linesByPurchaseOrder.load(orderId);
  const lines: OrderedLine[] = orderLines.map((line, index) => ({
    lineId: line.id,
    itemId: line.itemId,
    sku: requested[index]!.material.item.sku,
    quantity: line.quantity,
    requestedDate: requested[index]!.requestedDate,
  }));
  const asSupplier = (time: Date) => ({ ...simulation.at(time), viewer: { role: 'supplier' as const, supplierId } });
  const confirmedAt = new Date(orderedAt.getTime() + (2 + Math.floor(random() * 28)) * hourMs);
  const fate = random();
  // One in five orders the supplier can only promise later; the often-late one always promises on time.
  const slip = profile.late < 0.5 && fate < 0.2 ? 1 + Math.floor(random() * 4) : 0;
  const proposes = fate >= 0.2 && fate < 0.26;
  const proposedSlip = proposes ? 2 + Math.floor(random() * 3) : 0;
  const promised = new Map(lines.map((line, index) => [line.lineId, isoDay(Date.parse(line.requestedDate) + (index === 0 ? slip + proposedSlip : slip) * dayMs)]));
  simulation.later(confirmedAt, async () => {
    if (!proposes) {
      await confirmPurchaseOrder(asSupplier(confirmedAt), orderId, lines.map((line) => ({ lineId: line.lineId, promisedDate: promised.get(line.lineId)! })));
      return;
    }
    // Its capacity is booked: it proposes a later date for the first line, which the buyer accepts the next morning.
    const first = lines[0]!;
    const change = await requestPurchaseOrderChange(asSupplier(confirmedAt), {
      purchaseOrderId: orderId,
      reason: 'Capacity booked until then',
      lines: [{ lineId: first.lineId, date: promised.get(first.lineId)! }],
    });
    const acceptedAt = new Date(confirmedAt.getTime() + 18 * hourMs);
    simulation.later(acceptedAt, async () => {
      await respondToPurchaseOrderChange(simulation.at(acceptedAt), change.id, true, 'Rest ordered next cycle');
    });
  });

  // One order in twenty gets pushed out by the plan two days after the promise; the supplier mostly agrees.
  if (random() < 0.05) {
    const pushedAt = new Date(confirmedAt.getTime() + 2 * dayMs);
    const pushDays = 2 + Math.floor(random() * 4);
    const agrees = random() < 0.8;
    const pushed = lines.map((line) => ({ lineId: line.lineId, date: isoDay(Date.parse(promised.get(line.lineId)!) + pushDays * dayMs) }));
    if (agrees) for (const line of pushed) promised.set(line.lineId, line.date);
    simulation.later(pushedAt, async () => {
      const change = await requestPurchaseOrderChange(simulation.at(pushedAt), { purchaseOrderId: orderId, reason: 'Production plan moved out', lines: pushed });
      const answeredAt = new Date(pushedAt.getTime() + 4 * hourMs);
      simulation.later(answeredAt, async () => {
        await respondToPurchaseOrderChange(asSupplier(answeredAt), change.id, agrees, agrees ? 'Rescheduled' : 'Already produced, shipping as promised');
      });
    });
  }

  const lateDays = random() < profile.late ? 1 + Math.floor(random() * profile.maxLateDays) : 0;
  const short = random() < profile.short;
  const defectShare = random() < profile.defective ? 0.02 + random() * profile.maxDefectShare : 0;
  const arrivalDay = Math.max(...lines.map((line) => Date.parse(promised.get(line.lineId)!))) + lateDays * dayMs;
  const arrival = new Date(arrivalDay + (7 + Math.floor(random() * 8)) * hourMs);
  const shippedShare = short ? 0.6 + random() * 0.3 : 1;
  const rest = short && random() < 0.6;
  ship(simulation, { supplierId, orderId, noAsn: profile.noAsn ?? false, arrival, defectShare, lotTag: 'A' }, () => lines.map((line) => ({ line, quantity: Math.max(1, Math.floor(line.quantity * shippedShare)) })));
  if (rest) {
    const restArrival = new Date(arrival.getTime() + (5 + Math.floor(random() * 4)) * dayMs);
    ship(simulation, { supplierId, orderId, noAsn: profile.noAsn ?? false, arrival: restArrival, defectShare: 0, lotTag: 'B' }, () =>
      lines.map((line) => ({ line, quantity: line.quantity - Math.max(1, Math.floor(line.quantity * shippedShare)) })).filter((part) => part.quantity > 0),
    );
  } else if (short && !profile.noAsn) {
    // Nothing more is coming: the buyer closes the order short ten days after the delivery.
    const closedAt = new Date(arrival.getTime() + 10 * dayMs);
    simulation.later(closedAt, async () => {
      const ctx = simulation.at(closedAt);
      const order = (await ctx.loaders.purchaseOrderById.load(orderId))!;
      const inTransit = (await ctx.loaders.asnsByPurchaseOrder.load(orderId)).some((asn) => asn.status === 'SUBMITTED');
      if (order.status === 'PARTIALLY_RECEIVED' && !inTransit) await closePurchaseOrder(ctx, orderId);
    });
  }
}

/** The supplier ships the quantities and announces them a day or two ahead. */
function ship(
  simulation: Simulation<SrmContext>,
  delivery: { supplierId: string; orderId: string; noAsn: boolean; arrival: Date; defectShare: number; lotTag: string },
  quantities: () => { line: OrderedLine; quantity: number }[],
) {
  const shippedAt = new Date(delivery.arrival.getTime() - (18 + Math.floor(simulation.random() * 24)) * hourMs);
  simulation.later(shippedAt, async () => {
    const parts = quantities();
    const stamp = isoDay(shippedAt.getTime()).slice(2).replaceAll('-', '');
    const lots = parts.map(({ line }) => `${line.sku.replace('RM-', 'L')}-${stamp}${delivery.lotTag}`);
    const deliveries = simulation.world.get(demoDeliveries);
    if (delivery.noAsn) {
      deliveries.push({
        purchaseOrderId: delivery.orderId,
        supplierId: delivery.supplierId,
        asnId: null,
        arrival: delivery.arrival,
        defectShare: delivery.defectShare,
        lines: parts.map(({ line, quantity }, index) => ({ purchaseOrderLineId: line.lineId, asnLineId: null, itemId: line.itemId, lotNumber: lots[index]!, quantity })),
      });
      return;
    }
    const asn = await submitAsn(
      { ...simulation.at(shippedAt), viewer: { role: 'supplier', supplierId: delivery.supplierId } },
      { purchaseOrderId: delivery.orderId, expectedArrival: delivery.arrival, lines: parts.map(({ line, quantity }, index) => ({ purchaseOrderLineId: line.lineId, quantity, lotNumber: lots[index]! })) },
    );
    const asnLines = await simulation.at(shippedAt).loaders.linesByAsn.load(asn.id);
    deliveries.push({
      purchaseOrderId: delivery.orderId,
      supplierId: delivery.supplierId,
      asnId: asn.id,
      arrival: delivery.arrival,
      defectShare: delivery.defectShare,
      lines: asnLines.map((line) => ({ purchaseOrderLineId: line.purchaseOrderLineId, asnLineId: line.id, itemId: line.itemId, lotNumber: line.lotNumber, quantity: line.quantity })),
    });
  });
}
