import { newId, openTestDatabase, type Database, type EntityManager } from '@plexus/db';
import { recordEvents, type InspectionResult, type SupplyChainEventInput } from '@plexus/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOtifSettings, type Grain, type KpiDefinition, type KpiFilter, type KpiName } from '../src/kpi/kpi-definition.ts';
import { catchUpProjections } from '../src/projection/event-projection.ts';
import { openAnalytics } from '../src/subgraph.ts';
import { supplierPerformanceKpis } from '../src/supplier-performance/supplier-performance.kpis.ts';
import { supplierPerformanceProjection } from '../src/supplier-performance/supplier-performance.projection.ts';
import { kpiQuery } from './order-fulfilment.factories.ts';

/**
 * Seven purchase order lines from two suppliers, hand-computed:
 *
 * | line | supplier/site | item | ordered | due (why)                   | receipts (accepted+rejected)        |
 * | L1   | S1 / A        | X    | 100     | 6 Mar (first confirmation;  | 60 on 6 Mar, 40 on 10 Mar           |
 * |      |               |      |         |  re-promised 10 Mar)        |                                     |
 * | L2   | S1 / A        | Y    | 50      | 8 Mar (never confirmed)     | 45+5 on 8 Mar                       |
 * | L3   | S1 / A        | X    | 20      | 9 Mar                       | none                                |
 * | L4   | S2 / B        | X    | 30      | 12 Mar                      | 35 on 11 Mar (over)                 |
 * | L5   | S2 / B        | Y    | 10      | 15 Mar                      | 4 on 14 Mar (short)                 |
 * | L6   | S2 / B        | Y    | 40      | 10 Apr                      | 38+2 on 9 Apr                       |
 * | L7   | S2 / B        | Y    | 5       | 20 May (after today)        | none                                |
 *
 * March OTD = (60 + 50 + 0 + 30 + 4) / 210; OTIF 2/5 (L2, L4). April 40/40.
 * March PPM = 5 / (100 + 50 + 35 + 4) × 10⁶; April 2 / 40 × 10⁶. A receipt
 * without a purchase order line (100 rejected of 1000) is nobody's.
 * Incoming first inspections: L1 failed (passed on re-inspection), L2, L4
 * passed in March (2/3); L6 failed in April (0/1).
 */

const today = '2026-04-30';
const [s1, s2, siteA, siteB, itemX, itemY] = Array.from({ length: 6 }, newId);
const [po1, po2] = [newId(), newId()];
const [l1, l2, l3, l4, l5, l6, l7] = Array.from({ length: 7 }, newId);

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

function placed(po: string, number: string, supplierId: string, siteId: string, day: string, lines: [string, string, number, string][]): SupplyChainEventInput {
  return {
    type: 'srm.PurchaseOrderPlaced',
    time: at(day),
    subjectType: 'PurchaseOrder',
    subjectId: po,
    orderId: po,
    supplierId,
    siteId,
    payload: { number, lines: lines.map(([lineId, itemId, quantity, requestedDate]) => ({ lineId, itemId, quantity, unitPrice: 2, requestedDate })) },
  };
}

function confirmed(po: string, number: string, day: string, lines: [string, string][]): SupplyChainEventInput {
  return {
    type: 'srm.PurchaseOrderConfirmed',
    time: at(day),
    subjectType: 'PurchaseOrder',
    subjectId: po,
    orderId: po,
    payload: { number, lines: lines.map(([lineId, confirmedDate]) => ({ lineId, confirmedDate })) },
  };
}

function received(day: string, lines: { po?: string; line?: string; itemId: string; accepted: number; rejected?: number }[]): SupplyChainEventInput {
  return {
    type: 'wms.GoodsReceived',
    time: at(day, 14),
    subjectType: 'Receipt',
    subjectId: newId(),
    payload: {
      number: `GR-${day}`,
      warehouseId: newId(),
      lines: lines.map((line) => ({
        itemId: line.itemId,
        lotId: newId(),
        lotNumber: 'LOT',
        locationId: newId(),
        quantity: line.accepted,
        ...(line.rejected === undefined ? {} : { rejectedQuantity: line.rejected }),
        ...(line.line ? { purchaseOrderId: line.po, purchaseOrderLineId: line.line } : {}),
      })),
    },
  };
}

function inspected(time: Date, passed: boolean, result: Partial<InspectionResult>): SupplyChainEventInput {
  const payload: InspectionResult = {
    inspectionKind: 'INCOMING',
    workOrderId: null,
    workCenterId: null,
    purchaseOrderLineId: null,
    itemId: itemX!,
    quantityInspected: 10,
    quantityRejected: passed ? 0 : 3,
    disposition: passed ? null : 'RETURN_TO_SUPPLIER',
    ...result,
  };
  return passed
    ? { type: 'qms.InspectionPassed', time, subjectType: 'Inspection', subjectId: newId(), payload }
    : { type: 'qms.InspectionFailed', time, subjectType: 'Inspection', subjectId: newId(), payload };
}

/** Orders and first confirmations, committed after what follows them in time: the projection must not care. */
const placedAndConfirmed: SupplyChainEventInput[] = [
  placed(po1!, 'PO-1', s1!, siteA!, '2026-02-20', [
    [l1!, itemX!, 100, '2026-03-05'],
    [l2!, itemY!, 50, '2026-03-08'],
    [l3!, itemX!, 20, '2026-03-03'],
  ]),
  placed(po2!, 'PO-2', s2!, siteB!, '2026-02-25', [
    [l4!, itemX!, 30, '2026-03-10'],
    [l5!, itemY!, 10, '2026-03-15'],
    [l6!, itemY!, 40, '2026-04-10'],
    [l7!, itemY!, 5, '2026-05-20'],
  ]),
  confirmed(po1!, 'PO-1', '2026-02-21', [
    [l1!, '2026-03-06'],
    [l3!, '2026-03-09'],
  ]),
  confirmed(po2!, 'PO-2', '2026-02-26', [
    [l4!, '2026-03-12'],
    [l5!, '2026-03-15'],
    [l6!, '2026-04-10'],
    [l7!, '2026-05-20'],
  ]),
];

const later: SupplyChainEventInput[] = [
  confirmed(po1!, 'PO-1', '2026-03-04', [[l1!, '2026-03-10']]),
  received('2026-03-06', [{ po: po1!, line: l1!, itemId: itemX!, accepted: 60 }]),
  received('2026-03-08', [{ po: po1!, line: l2!, itemId: itemY!, accepted: 45, rejected: 5 }]),
  received('2026-03-10', [
    { po: po1!, line: l1!, itemId: itemX!, accepted: 40, rejected: 0 },
    { itemId: itemX!, accepted: 900, rejected: 100 },
  ]),
  received('2026-03-11', [{ po: po2!, line: l4!, itemId: itemX!, accepted: 35 }]),
  received('2026-03-14', [{ po: po2!, line: l5!, itemId: itemY!, accepted: 4 }]),
  received('2026-04-09', [{ po: po2!, line: l6!, itemId: itemY!, accepted: 38, rejected: 2 }]),
  inspected(at('2026-03-06', 16), false, { purchaseOrderLineId: l1! }),
  inspected(at('2026-03-07', 9), true, { purchaseOrderLineId: l1! }),
  inspected(at('2026-03-08', 16), true, { purchaseOrderLineId: l2!, itemId: itemY! }),
  inspected(at('2026-03-11', 16), true, { purchaseOrderLineId: l4! }),
  inspected(at('2026-03-12', 16), false, { inspectionKind: 'IN_PROCESS', workOrderId: newId() }),
  inspected(at('2026-04-09', 16), false, { purchaseOrderLineId: l6!, itemId: itemY! }),
];

let database: Database;
let em: EntityManager;
let close: () => Promise<void>;

beforeAll(async () => {
  database = await openTestDatabase();
  const orm = await openAnalytics(database);
  close = () => orm.close();
  em = orm.em.fork();
  await em.transactional((tx) => recordEvents(tx, later, { now: at('2026-02-20') }));
  await catchUpProjections(em, [supplierPerformanceProjection]);
  await em.transactional((tx) => recordEvents(tx, placedAndConfirmed, { now: at('2026-02-20') }));
  await catchUpProjections(em, [supplierPerformanceProjection]);
});

afterAll(async () => {
  await close?.();
  await database?.close();
});

const definition = (name: KpiName): KpiDefinition => supplierPerformanceKpis.find((candidate) => candidate.name === name)!;

function series(name: KpiName, from: string, to: string, grain: Grain, filter: KpiFilter = {}) {
  return definition(name).series(em.fork(), kpiQuery(from, to, grain, { filter, today }));
}

function contributions(name: KpiName, from: string, to: string, onlyFailing = true) {
  return definition(name).contributions(em.fork(), { from, to, filter: {}, otif: defaultOtifSettings, today, now: new Date(), onlyFailing, first: 50, offset: 0 });
}

const values = (points: { numerator: number; denominator: number; value: number | null }[]) =>
  points.map((point) => [point.numerator, point.denominator, point.value]);

describe('supplier on-time delivery from the event stream', () => {
  it('counts on-time quantity against the first confirmed date by month, leaving lines due after today out', async () => {
    expect(values(await series('SUPPLIER_ON_TIME_DELIVERY', '2026-03-01', '2026-05-31', 'MONTH'))).toEqual([
      [144, 210, 144 / 210],
      [40, 40, 1],
      [0, 0, null],
    ]);
  });

  it('splits the same lines by due week', async () => {
    expect(values(await series('SUPPLIER_ON_TIME_DELIVERY', '2026-03-02', '2026-03-15', 'WEEK'))).toEqual([
      [110, 150, 110 / 150],
      [34, 60, 34 / 60],
    ]);
  });

  it('counts whole lines for on time in full', async () => {
    expect(values(await series('SUPPLIER_ON_TIME_IN_FULL', '2026-03-01', '2026-04-30', 'MONTH'))).toEqual([
      [2, 5, 0.4],
      [1, 1, 1],
    ]);
  });

  it('filters by supplier, item and site', async () => {
    const march = (filter: KpiFilter) => series('SUPPLIER_ON_TIME_DELIVERY', '2026-03-01', '2026-03-31', 'MONTH', filter).then(values);
    expect(await march({ supplierId: s1 })).toEqual([[110, 170, 110 / 170]]);
    expect(await march({ itemId: itemX })).toEqual([[90, 150, 90 / 150]]);
    expect(await march({ siteId: siteB })).toEqual([[34, 40, 34 / 40]]);
    expect(await march({ supplierId: s2, itemId: itemX })).toEqual([[30, 30, 1]]);
  });

  it('drills down to the failing lines with both dates, quantities and reasons', async () => {
    const page = await contributions('SUPPLIER_ON_TIME_DELIVERY', '2026-03-01', '2026-03-31');
    expect(page.totalCount).toBe(3);
    expect(page.items.map((item) => [item.subjectId, item.orderId, item.numerator, item.denominator, item.reasons])).toEqual([
      [l1, po1, 60, 100, ['LATE']],
      [l3, po1, 0, 20, ['NOT_RECEIVED']],
      [l5, po2, 4, 10, ['SHORT']],
    ]);
    expect(page.items[0]!.label).toBe(
      `PO-1 line 1 · supplier ${s1} · due 2026-03-06 (confirmed 2026-03-06, latest promise 2026-03-10) · received 100 of 100: 60 on time, 40 late, 0 rejected`,
    );
    const all = await contributions('SUPPLIER_ON_TIME_IN_FULL', '2026-03-01', '2026-03-31', false);
    expect(all.items.map((item) => [item.subjectId, item.passed])).toEqual([
      [l1, false],
      [l3, false],
      [l5, false],
      [l2, true],
      [l4, true],
    ]);
    expect(all.items[3]!.label).toContain('never confirmed, requested 2026-03-08');
  });
});

describe('supplier quality from the event stream', () => {
  it('counts rejects per million received by receipt month, only for receipts against purchase order lines', async () => {
    expect(values(await series('SUPPLIER_PPM', '2026-03-01', '2026-04-30', 'MONTH'))).toEqual([
      [5, 189, (5 / 189) * 1_000_000],
      [2, 40, 50_000],
    ]);
    expect(values(await series('SUPPLIER_PPM', '2026-03-01', '2026-03-31', 'MONTH', { supplierId: s2 }))).toEqual([[0, 39, 0]]);
    const page = await contributions('SUPPLIER_PPM', '2026-03-01', '2026-03-31');
    expect(page.items.map((item) => [item.subjectId, item.numerator, item.denominator, item.reasons])).toEqual([[l2, 5, 50, ['REJECTED']]]);
  });

  it('takes the first incoming inspection of each line: failed then passed is not first-pass accepted', async () => {
    expect(values(await series('INCOMING_FIRST_PASS_ACCEPTANCE', '2026-03-01', '2026-04-30', 'MONTH'))).toEqual([
      [2, 3, 2 / 3],
      [0, 1, 0],
    ]);
    expect(values(await series('INCOMING_FIRST_PASS_ACCEPTANCE', '2026-03-01', '2026-03-31', 'MONTH', { itemId: itemY }))).toEqual([[1, 1, 1]]);
    const page = await contributions('INCOMING_FIRST_PASS_ACCEPTANCE', '2026-03-01', '2026-04-30');
    expect(page.items.map((item) => [item.subjectId, item.reasons, item.label.split(' · ').at(-1)])).toEqual([
      [l1, ['FAILED_FIRST_INSPECTION'], 'accepted at inspection 2'],
      [l6, ['FAILED_FIRST_INSPECTION'], 'not accepted yet'],
    ]);
  });
});
