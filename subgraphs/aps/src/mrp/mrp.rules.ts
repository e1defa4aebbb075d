import { pastDueRelease, receiptMessages, safetyStockViolations } from './exception.rules.ts';
import { coveragePeriods, orderQuantities } from './lot-sizing.rules.ts';
import { compileMrpInput, type CompiledMrpInput } from './mrp-input.rules.ts';
import type { DemandRef, GrossRequirementsPlan, MrpException, MrpInput, MrpPlan, MrpRecord, PlannedOrder, ReceiptPlan } from './mrp.model.ts';
import { excessRef, FirstInFirstOutPegging } from './pegging.rules.ts';
import { QUANTITY_EPSILON, roundQuantity } from './quantity.rules.ts';

/**
 * Gross requirements only: independent demand exploded level by level through
 * every bill of materials, each parent's requirement (grossed up by its yield)
 * passed to its components on the period it would have to start, nothing netted
 * or lot-sized. The cost of walking the product structure, against which a
 * full MRP run is measured.
 */
export function explodeGrossRequirements(input: MrpInput): GrossRequirementsPlan {
  const compiled = compileMrpInput(input);
  const { periodCount, planningOrder, leadTime, yieldFraction, structure, linkFactor } = compiled;
  const gross = independentGrossRequirements(compiled);
  for (const item of planningOrder) {
    const base = item * periodCount;
    for (let period = 0; period < periodCount; period++) {
      const requirement = (gross[base + period] = roundQuantity(gross[base + period]!));
      if (requirement <= QUANTITY_EPSILON) continue;
      const started = requirement / yieldFraction[item]!;
      const release = Math.max(0, period - leadTime[item]!);
      for (let link = structure.firstLink[item]!; link < structure.firstLink[item + 1]!; link++) {
        gross[structure.component[link]! * periodCount + release]! += roundQuantity(started * linkFactor[link]!);
      }
    }
  }
  return {
    records: input.items.map((item, ordinal) => ({
      itemId: item.id,
      lowLevelCode: compiled.lowLevelCode[ordinal]!,
      grossRequirements: Array.from(gross.subarray(ordinal * periodCount, (ordinal + 1) * periodCount)),
    })),
  };
}

function independentGrossRequirements({ input, periodCount, demandByItem }: CompiledMrpInput): Float64Array {
  const gross = new Float64Array(demandByItem.length * periodCount);
  demandByItem.forEach((demands, item) => {
    for (const index of demands) {
      const demand = input.demand[index]!;
      gross[item * periodCount + Math.max(0, demand.period)]! += demand.quantity;
    }
  });
  return gross;
}

/**
 * Multi-level MRP, gross to net, one item at a time in low-level-code order so
 * an item is netted once every parent has passed down its order releases.
 * For each period: gross requirements (independent demand plus parents'
 * releases × quantity per × scrap) are met from on hand, firm supply on its due
 * period, then open orders pulled in due order to where they are needed; what
 * is still short of safety stock is the net requirement, covered by planned
 * orders sized by the item's lot rule, due that period and released lead time
 * earlier. Supply is pegged to demand first in, first out. See `MrpPlan`.
 */
export function planMaterialRequirements(input: MrpInput): MrpPlan {
  const compiled = compileMrpInput(input);
  const { periodCount, itemCount, planningOrder, leadTime, lotRule, safetyStock, onHand, yieldFraction, masterScheduled, structure, linkFactor } = compiled;
  const cells = itemCount * periodCount;
  const gross = independentGrossRequirements(compiled);
  const scheduled = new Float64Array(cells);
  const projected = new Float64Array(cells);
  const net = new Float64Array(cells);
  const plannedReceipts = new Float64Array(cells);
  const plannedReleases = new Float64Array(cells);

  const demandRefs: DemandRef[] = input.demand.map((demand) => ({ type: 'INDEPENDENT', demandId: demand.id, kind: demand.kind }));
  const receiptPlans: ReceiptPlan[] = input.scheduledReceipts.map((receipt) => ({
    id: receipt.id,
    itemId: receipt.itemId,
    kind: receipt.kind,
    firm: receipt.firm === true,
    duePeriod: receipt.duePeriod,
    neededPeriod: null,
    quantity: receipt.quantity,
    pegs: [],
  }));
  const plannedOrders: PlannedOrder[] = [];
  const exceptions: MrpException[] = [];

  // Dependent demand: one element per parent order and BOM link, chained per component and period in the order parents release.
  const firstElement = new Int32Array(cells).fill(-1);
  const lastElement = new Int32Array(cells).fill(-1);
  const nextElement: number[] = [];
  const elementQuantity: number[] = [];
  const elementOrder: number[] = [];
  /** Per planned order, by index: how its components' supplies name it in their pegs. */
  const parentRefs: DemandRef[] = [];

  const pegging = new FirstInFirstOutPegging();
  const fixedArrivals = new Float64Array(periodCount);
  const openOrders: number[] = [];

  for (const item of planningOrder) {
    const itemId = input.items[item]!.id;
    const source = input.items[item]!.source;
    const base = item * periodCount;
    const itemSafetyStock = safetyStock[item]!;
    const itemYield = yieldFraction[item]!;
    const coverage = coveragePeriods(lotRule[item]!);
    const demands = compiled.demandByItem[item]!;
    const receipts = compiled.receiptsByItem[item]!;
    const firmOrders = compiled.firmOrdersByItem[item]!;
    const firstOrder = plannedOrders.length;

    fixedArrivals.fill(0);
    openOrders.length = 0;
    for (const index of receipts) {
      const receipt = input.scheduledReceipts[index]!;
      const arrives = Math.max(0, receipt.duePeriod);
      scheduled[base + arrives]! += receipt.quantity;
      if (receipt.firm) fixedArrivals[arrives]! += receipt.quantity;
      else openOrders.push(index);
    }
    for (const index of firmOrders) {
      const order = input.firmPlannedOrders[index]!;
      fixedArrivals[Math.max(0, order.duePeriod)]! += roundQuantity(order.quantity * itemYield);
    }

    pegging.reset();
    pegging.addSupply(null, onHand[item]!);
    let balance = onHand[item]!;
    let shownOnHand = onHand[item]!;
    let nextReceipt = 0;
    let nextOpenOrder = 0;
    let nextFirmOrder = 0;
    let nextDemand = 0;

    const addOrder = (order: PlannedOrder) => {
      plannedOrders.push(order);
      parentRefs.push({ type: 'PARENT_ORDER', orderId: order.id, itemId });
      pegging.addSupply(order.pegs, order.receiptQuantity);
      plannedReceipts[base + Math.max(0, order.duePeriod)]! += order.receiptQuantity;
      plannedReleases[base + Math.max(0, order.releasePeriod)]! += order.quantity;
      const late = pastDueRelease(order);
      if (late) exceptions.push(late);
    };

    for (let period = 0; period < periodCount; period++) {
      for (; nextReceipt < receipts.length && Math.max(0, input.scheduledReceipts[receipts[nextReceipt]!]!.duePeriod) <= period; nextReceipt++) {
        const index = receipts[nextReceipt]!;
        if (!receiptPlans[index]!.firm) continue;
        receiptPlans[index]!.neededPeriod = period;
        pegging.addSupply(receiptPlans[index]!.pegs, receiptPlans[index]!.quantity);
      }
      for (; nextFirmOrder < firmOrders.length && Math.max(0, input.firmPlannedOrders[firmOrders[nextFirmOrder]!]!.duePeriod) <= period; nextFirmOrder++) {
        const firm = input.firmPlannedOrders[firmOrders[nextFirmOrder]!]!;
        addOrder({
          id: firm.id,
          itemId,
          source,
          firm: true,
          releasePeriod: firm.releasePeriod ?? firm.duePeriod - leadTime[item]!,
          duePeriod: firm.duePeriod,
          quantity: firm.quantity,
          receiptQuantity: roundQuantity(firm.quantity * itemYield),
          pegs: [],
        });
      }

      const requirement = (gross[base + period] = roundQuantity(gross[base + period]!));
      let available = roundQuantity(balance + fixedArrivals[period]! - requirement);
      while (available < itemSafetyStock - QUANTITY_EPSILON && nextOpenOrder < openOrders.length) {
        const plan = receiptPlans[openOrders[nextOpenOrder++]!]!;
        plan.neededPeriod = period;
        pegging.addSupply(plan.pegs, plan.quantity);
        available = roundQuantity(available + plan.quantity);
      }
      if (available < itemSafetyStock - QUANTITY_EPSILON) {
        net[base + period] = roundQuantity(itemSafetyStock - available);
        if (!masterScheduled[item]) {
          // A period order quantity also covers what the next periods lack, after the firm supply due in them.
          let required = itemSafetyStock - available;
          let ahead = available;
          for (let later = period + 1; later < Math.min(periodCount, period + coverage); later++) {
            ahead += fixedArrivals[later]! - roundQuantity(gross[base + later]!);
            required = Math.max(required, itemSafetyStock - ahead);
          }
          const quantities = orderQuantities(lotRule[item]!, roundQuantity(required), itemYield);
          for (let split = 0; split < quantities.length; split++) {
            const quantity = quantities[split]!;
            const receiptQuantity = roundQuantity(quantity * itemYield);
            addOrder({
              id: split === 0 ? `${itemId}@${period}` : `${itemId}@${period}#${split + 1}`,
              itemId,
              source,
              firm: false,
              releasePeriod: period - leadTime[item]!,
              duePeriod: period,
              quantity,
              receiptQuantity,
              pegs: [],
            });
            available = roundQuantity(available + receiptQuantity);
          }
        }
      }
      balance = available;

      for (; nextDemand < demands.length && Math.max(0, input.demand[demands[nextDemand]!]!.period) <= period; nextDemand++) {
        const demand = input.demand[demands[nextDemand]!]!;
        pegging.addDemand(demandRefs[demands[nextDemand]!]!, demand.period, demand.quantity);
      }
      for (let element = firstElement[base + period]!; element >= 0; element = nextElement[element]!) {
        pegging.addDemand(parentRefs[elementOrder[element]!]!, period, elementQuantity[element]!);
      }
      pegging.match();

      shownOnHand = roundQuantity(shownOnHand + scheduled[base + period]! + plannedReceipts[base + period]! - requirement);
      projected[base + period] = shownOnHand;
    }
    pegging.settle(itemSafetyStock, periodCount - 1);

    for (const index of receipts) {
      const plan = receiptPlans[index]!;
      if (plan.neededPeriod === null) plan.pegs.push({ demand: excessRef, period: periodCount - 1, quantity: plan.quantity });
      exceptions.push(...receiptMessages(plan));
    }
    exceptions.push(...safetyStockViolations(itemId, projected.subarray(base, base + periodCount), itemSafetyStock));

    for (let order = firstOrder; order < plannedOrders.length; order++) {
      const { releasePeriod, quantity } = plannedOrders[order]!;
      const release = Math.max(0, releasePeriod);
      for (let link = structure.firstLink[item]!; link < structure.firstLink[item + 1]!; link++) {
        const cell = structure.component[link]! * periodCount + release;
        const required = roundQuantity(quantity * linkFactor[link]!);
        gross[cell]! += required;
        const element = nextElement.length;
        nextElement.push(-1);
        elementQuantity.push(required);
        elementOrder.push(order);
        if (lastElement[cell]! < 0) firstElement[cell] = element;
        else nextElement[lastElement[cell]!] = element;
        lastElement[cell] = element;
      }
    }
  }

  const row = (cells: Float64Array, ordinal: number) => Array.from(cells.subarray(ordinal * periodCount, (ordinal + 1) * periodCount), roundQuantity);
  const records: MrpRecord[] = input.items.map((item, ordinal) => ({
    itemId: item.id,
    lowLevelCode: compiled.lowLevelCode[ordinal]!,
    grossRequirements: row(gross, ordinal),
    scheduledReceipts: row(scheduled, ordinal),
    projectedOnHand: row(projected, ordinal),
    netRequirements: row(net, ordinal),
    plannedOrderReceipts: row(plannedReceipts, ordinal),
    plannedOrderReleases: row(plannedReleases, ordinal),
  }));
  return { records, plannedOrders, scheduledReceipts: receiptPlans, exceptions };
}
