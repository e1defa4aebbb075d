import { newId, type EntityManager } from '@plexus/db';
import { recordEvents, type SupplyChainEventInput } from '@plexus/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { catchUpProjections } from '../src/projection/event-projection.ts';
import { openAnalytics } from '../src/subgraph.ts';

/**
 * Cash-to-cash through the router, hand-computed (2026; balances at each
 * day's end, averaged over the month's days):
 *
 * Customer invoices (receivables)
 * | inv | customer/site | issued | amount | due    | payments                      |
 * | I4  | C2 / A        | 15 Feb | 500    | 17 Mar | 500 on 6 Mar                  |
 * | I1  | C1 / A        | 1 Mar  | 3100   | 25 Mar | 1100 on 11 Mar, 2000 on 5 Apr |
 * | I2  | C2 / A        | 21 Mar | 1000   | 20 Apr | none                          |
 * | I3  | C1 / B        | 1 Apr  | 3000   | 1 May  | 3000 on 16 Apr (committed before the invoice) |
 * | I5  | C1 / A        | 20 Apr | 600    | 20 May | none                          |
 * March: I4 5 days × 500 + I1 10 × 3100 + 21 × 2000 + I2 11 × 1000 = 86,500
 * value-days; revenue 4,100: DSO = 86,500 / 31 / (4,100 / 31) = 86,500 / 4,100.
 * April: I1 4 × 2000 + I2 30 × 1000 + I3 15 × 3000 + I5 11 × 600 = 89,600;
 * revenue 3,600 (site A 44,600 over 600, site B 45,000 over 3,000).
 *
 * Supplier invoices (payables)
 * | inv | supplier/site | received | amount | payments                    |
 * | P1  | S1 / A        | 2 Mar    | 6200   | 6200 on 10 Apr              |
 * | P2  | S2 / A        | 16 Mar   | 1600   | 800 on 26 Mar, 800 on 25 Apr |
 * | P3  | S1 / B        | 1 Apr    | 3000   | none                        |
 * | P4  | S2 / A        | 21 Apr   | 1000   | 1000 on 28 Apr              |
 * March: P1 30 × 6200 + P2 10 × 1600 + 6 × 800 = 206,800 over 7,800.
 * April: P1 9 × 6200 + P2 24 × 800 + P3 30 × 3000 + P4 7 × 1000 = 172,000
 * over 4,000 (site A 82,000 over 1,000).
 *
 * In June at site C, I6 is issued for 1000 on 1 June and corrected to 600 on
 * 2 June (the correction commits first): the correction replaces it from its
 * issue on 1 June (KPIS.md), 30 days × 600 over 600 = 30 days.
 *
 * Inventory at site A: 10 pumps at 100 counted on 28 Feb and never again;
 * 5 shipped in March, 3 in April: days of inventory 31 / 0.5 = 62 in March,
 * 30 / 0.3 = 100 in April. Site B holds no stock, so it has no days of supply.
 */

const [siteA, siteB, siteC, c1, c2, c3, s1, s2, warehouse, pump] = Array.from({ length: 10 }, newId) as string[];
const ids = { I1: newId(), I2: newId(), I3: newId(), I4: newId(), I5: newId(), I6: newId(), P1: newId(), P2: newId(), P3: newId(), P4: newId() };
const at = (day: string) => new Date(`${day}T10:00:00Z`);

function invoiced(invoice: 'I1' | 'I2' | 'I3' | 'I4' | 'I5' | 'I6', customerId: string, siteId: string, day: string, amount: number, dueDate: string): SupplyChainEventInput {
  return {
    type: 'erp.InvoiceIssued',
    time: at(day),
    subjectType: 'CustomerInvoice',
    subjectId: ids[invoice],
    orderId: newId(),
    customerId,
    siteId,
    payload: { number: `INV-${invoice}`, accurate: true, lines: [], amount, dueDate },
  };
}

function collected(invoice: 'I1' | 'I2' | 'I3' | 'I4' | 'I5', customerId: string, siteId: string, day: string, amount: number): SupplyChainEventInput {
  return {
    type: 'erp.CustomerPaymentReceived',
    time: at(day),
    subjectType: 'CustomerPayment',
    subjectId: newId(),
    customerId,
    siteId,
    payload: { number: `PAY-${invoice}-${day}`, invoiceId: ids[invoice], invoiceNumber: `INV-${invoice}`, amount },
  };
}

function billed(invoice: 'P1' | 'P2' | 'P3' | 'P4', supplierId: string, siteId: string, day: string, amount: number, dueDate: string): SupplyChainEventInput {
  const purchaseOrderId = newId();
  return {
    type: 'erp.SupplierInvoiceReceived',
    time: at(day),
    subjectType: 'SupplierInvoice',
    subjectId: ids[invoice],
    orderId: purchaseOrderId,
    supplierId,
    siteId,
    payload: { number: `SINV-${invoice}`, purchaseOrderId, amount, dueDate },
  };
}

function paid(invoice: 'P1' | 'P2' | 'P3' | 'P4', supplierId: string, siteId: string, day: string, amount: number): SupplyChainEventInput {
  return {
    type: 'erp.SupplierPaymentMade',
    time: at(day),
    subjectType: 'SupplierPayment',
    subjectId: newId(),
    supplierId,
    siteId,
    payload: { number: `OUT-${invoice}-${day}`, invoiceId: ids[invoice], invoiceNumber: `SINV-${invoice}`, amount },
  };
}

function shipped(day: string, quantity: number): SupplyChainEventInput {
  return {
    type: 'wms.ShipmentShipped',
    time: at(day),
    subjectType: 'Shipment',
    subjectId: newId(),
    siteId: siteA,
    payload: { number: `SH-${day}`, warehouseId: warehouse!, lines: [{ salesOrderLineId: newId(), itemId: pump!, quantity, standardCost: 100, picks: [] }] },
  };
}

async function record(em: EntityManager, events: SupplyChainEventInput[]) {
  await em.fork().transactional((tx) => recordEvents(tx, events, { now: new Date() }));
  await catchUpProjections(em);
}

let stack: Stack;

beforeAll(async () => {
  // No background projector or dashboard refresher: the statement counts below are the requests' own.
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  const orm = await openAnalytics(stack.database);
  try {
    // I3's payment and P2's second payment commit before what they settle is known: the projection must not depend on commit order.
    await record(orm.em, [collected('I3', c1!, siteB!, '2026-04-16', 3000), invoiced('I6', c3!, siteC!, '2026-06-02', 600, '2026-07-02')]);
    await record(orm.em, [
      {
        type: 'wms.InventorySnapshotTaken',
        time: new Date('2026-02-28T23:59:59Z'),
        subjectType: 'Warehouse',
        subjectId: warehouse!,
        siteId: siteA,
        payload: { day: '2026-02-28', warehouseId: warehouse!, balances: [{ itemId: pump!, quantity: 10, standardCost: 100 }] },
      },
      shipped('2026-03-10', 5),
      shipped('2026-04-10', 3),
      invoiced('I4', c2!, siteA!, '2026-02-15', 500, '2026-03-17'),
      collected('I4', c2!, siteA!, '2026-03-06', 500),
      invoiced('I1', c1!, siteA!, '2026-03-01', 3100, '2026-03-25'),
      collected('I1', c1!, siteA!, '2026-03-11', 1100),
      invoiced('I2', c2!, siteA!, '2026-03-21', 1000, '2026-04-20'),
      invoiced('I5', c1!, siteA!, '2026-04-20', 600, '2026-05-20'),
      billed('P1', s1!, siteA!, '2026-03-02', 6200, '2026-04-01'),
      paid('P1', s1!, siteA!, '2026-04-10', 6200),
      paid('P2', s2!, siteA!, '2026-04-25', 800),
      billed('P3', s1!, siteB!, '2026-04-01', 3000, '2026-05-01'),
      billed('P4', s2!, siteA!, '2026-04-21', 1000, '2026-05-21'),
      paid('P4', s2!, siteA!, '2026-04-28', 1000),
    ]);
    await record(orm.em, [
      invoiced('I3', c1!, siteB!, '2026-04-01', 3000, '2026-05-01'),
      // A payment against an invoice already projected replaces its steps.
      collected('I1', c1!, siteA!, '2026-04-05', 2000),
      invoiced('I6', c3!, siteC!, '2026-06-01', 1000, '2026-07-01'),
      billed('P2', s2!, siteA!, '2026-03-16', 1600, '2026-04-15'),
      paid('P2', s2!, siteA!, '2026-03-26', 800),
    ]);
  } finally {
    await orm.close();
  }
});
afterAll(async () => {
  await stack?.stop();
});

const series = `query ($name: KpiName!, $from: Date!, $to: Date!, $grain: Grain, $filter: KpiFilter) {
  kpi(name: $name, from: $from, to: $to, grain: $grain, filter: $filter) { name unit points { periodStart periodEnd value numerator denominator } }
}`;

type Point = { periodStart: string; value: number | null; numerator: number; denominator: number };

async function points(name: string, filter: Record<string, string> = {}, grain = 'MONTH', from = '2026-03-01', to = '2026-04-30'): Promise<Point[]> {
  const { data, errors } = await stack.query(series, { name, from, to, grain, filter });
  expect(errors).toBeUndefined();
  return data.kpi.points;
}

const values = (list: Point[]) => list.map((point) => point.value);

function expectValues(list: Point[], expected: (number | null)[]) {
  expect(list).toHaveLength(expected.length);
  list.forEach((point, index) => {
    if (expected[index] === null) expect(point.value).toBeNull();
    else expect(point.value).toBeCloseTo(expected[index]!, 9);
  });
}

describe('days sales outstanding', () => {
  it('averages the open customer invoices over each month’s days against the revenue of an average day, partial payments and payments after the month included', async () => {
    const monthly = await points('DAYS_SALES_OUTSTANDING');
    expectValues(monthly, [86_500 / 4100, 89_600 / 3600]);
    expect(monthly[0]!.numerator).toBeCloseTo(86_500 / 31, 9);
    expect(monthly[0]!.denominator).toBeCloseTo(4100 / 31, 9);
    expect(monthly[1]!.denominator).toBeCloseTo(3600 / 30, 9);
  });

  it('filters by customer and by site, with no value where nothing was invoiced', async () => {
    expectValues(await points('DAYS_SALES_OUTSTANDING', { customerId: c1! }), [73_000 / 3100, (8000 + 45_000 + 6600) / 3600]);
    expectValues(await points('DAYS_SALES_OUTSTANDING', { customerId: c2! }), [(2500 + 11_000) / 1000, null]);
    const atSiteB = await points('DAYS_SALES_OUTSTANDING', { siteId: siteB! });
    expectValues(atSiteB, [null, 45_000 / 3000]);
    expect(atSiteB[0]).toMatchObject({ numerator: 0, denominator: 0 });
  });

  it('lets a corrected invoice replace the one it corrects from the original’s issue date, whichever commits first', async () => {
    expectValues(await points('DAYS_SALES_OUTSTANDING', { siteId: siteC! }, 'MONTH', '2026-06-01', '2026-06-30'), [(30 * 600) / 600]);
  });

  it('takes a day’s balance at its end: on 1 March, I4 and I1 open against I1’s revenue', async () => {
    const [first] = await points('DAYS_SALES_OUTSTANDING', {}, 'DAY', '2026-03-01', '2026-03-01');
    expect(first!.value).toBeCloseTo(3600 / 3100, 9);
  });

  it('drills down to the invoices open in the month, largest share first, adding up to the value, the one overdue at month end marked', async () => {
    const { data, errors } = await stack.query(
      `query ($filter: KpiFilter) { kpiContributions(name: DAYS_SALES_OUTSTANDING, from: "2026-03-01", to: "2026-03-31", filter: $filter, onlyFailing: false) {
         totalCount items { subjectType subjectId label numerator denominator passed reasons } } }`,
    );
    expect(errors).toBeUndefined();
    const page = data.kpiContributions;
    expect(page.totalCount).toBe(3);
    expect(page.items.map((item: { subjectId: string; reasons: string[] }) => [item.subjectId, item.reasons])).toEqual([
      [ids.I1, ['OVERDUE']],
      [ids.I2, []],
      [ids.I4, []],
    ]);
    const total = page.items.reduce((sum: number, item: { numerator: number }) => sum + item.numerator, 0);
    expect(total / page.items[0].denominator).toBeCloseTo(86_500 / 4100, 9);
    expect(page.items[0].label).toBe(
      `INV-I1 · customer ${c1} · issued 2026-03-01, due 2026-03-25 · 2000 of 3100 open on 2026-03-31, overdue 6 days · average open 2354.84 · 17.8 days`,
    );
  });
});

describe('days payable outstanding', () => {
  it('averages the open supplier invoices over each month’s days against the material cost of an average day', async () => {
    expectValues(await points('DAYS_PAYABLE_OUTSTANDING'), [206_800 / 7800, 172_000 / 4000]);
    expectValues(await points('DAYS_PAYABLE_OUTSTANDING', { supplierId: s2! }), [20_800 / 1600, (19_200 + 7000) / 1000]);
    expectValues(await points('DAYS_PAYABLE_OUTSTANDING', { siteId: siteA! }), [206_800 / 7800, 82_000 / 1000]);
  });

  it('drills down to the supplier invoices open in the month', async () => {
    const { data } = await stack.query(
      `query ($filter: KpiFilter) { kpiContributions(name: DAYS_PAYABLE_OUTSTANDING, from: "2026-04-01", to: "2026-04-30", filter: $filter) { totalCount items { subjectType subjectId numerator orderId } } }`,
      { filter: { supplierId: s1 } },
    );
    expect(data.kpiContributions.totalCount).toBe(2);
    expect(data.kpiContributions.items.map((item: { subjectId: string; numerator: number }) => [item.subjectId, item.numerator * 30])).toEqual([
      [ids.P3, 90_000],
      [ids.P1, 55_800],
    ]);
    expect(data.kpiContributions.items[0].subjectType).toBe('SupplierInvoice');
  });
});

describe('cash-to-cash cycle time', () => {
  it('adds days of inventory and DSO and subtracts DPO per month, over the same site', async () => {
    expectValues(await points('CASH_TO_CASH'), [62 + 86_500 / 4100 - 206_800 / 7800, 100 + 89_600 / 3600 - 172_000 / 4000]);
    expectValues(await points('CASH_TO_CASH', { siteId: siteA! }), [62 + 86_500 / 4100 - 206_800 / 7800, 100 + 44_600 / 600 - 82]);
    // Site B sells and buys in April but holds no stock: no days of supply, so no cash-to-cash.
    expectValues(await points('CASH_TO_CASH', { siteId: siteB! }), [null, null]);
    const [inventory] = await points('DAYS_OF_INVENTORY', {}, 'MONTH', '2026-03-01', '2026-03-31');
    expect(inventory!.value).toBeCloseTo(62, 9);
  });

  it('drills down to its three terms', async () => {
    const { data } = await stack.query(
      `{ kpiContributions(name: CASH_TO_CASH, from: "2026-03-01", to: "2026-03-31", onlyFailing: false) { totalCount items { subjectId numerator label } } }`,
    );
    expect(data.kpiContributions.totalCount).toBe(3);
    const [inventory, receivables, payables] = data.kpiContributions.items;
    expect(inventory).toMatchObject({ subjectId: 'DAYS_OF_INVENTORY', numerator: 62 });
    expect(receivables.subjectId).toBe('DAYS_SALES_OUTSTANDING');
    expect(receivables.numerator).toBeCloseTo(86_500 / 4100, 9);
    expect(payables.subjectId).toBe('DAYS_PAYABLE_OUTSTANDING');
    expect(payables.numerator).toBeCloseTo(-206_800 / 7800, 9);
  });

  it('shows as dashboard tiles with the APQC target', async () => {
    const { data, errors } = await stack.query(
      `{ kpiSnapshot(names: [CASH_TO_CASH, DAYS_SALES_OUTSTANDING, DAYS_PAYABLE_OUTSTANDING], asOf: "2026-04-30") { name unit target higherIsBetter current { value } previous { value } } }`,
    );
    expect(errors).toBeUndefined();
    const [c2c, dso, dpo] = data.kpiSnapshot;
    expect(c2c).toMatchObject({ name: 'CASH_TO_CASH', unit: 'DAYS', target: 33.2, higherIsBetter: false });
    expect(c2c.current.value).toBeCloseTo(100 + 89_600 / 3600 - 43, 9);
    expect(c2c.previous.value).toBeCloseTo(62 + 86_500 / 4100 - 206_800 / 7800, 9);
    expect(dso).toMatchObject({ target: null, higherIsBetter: false });
    expect(dpo).toMatchObject({ target: null, higherIsBetter: true });
  });

  it('reads a year of months in the same four statements as one month', async () => {
    const fewest = async (from: string) => {
      let count = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const measured = await stack.database.statements.measure(() => stack.query(series, { name: 'CASH_TO_CASH', from, to: '2026-04-30', grain: 'MONTH' }), 'analytics');
        count = Math.min(count, measured.statements);
      }
      return count;
    };
    // Inventory snapshots and COGS, then the daily balance changes and invoiced amounts of each ledger.
    expect(await fewest('2026-04-01')).toBe(4);
    expect(await fewest('2025-05-01')).toBe(4);
  });

  it('reads them once for the cash-to-cash, DSO, DPO, turns and days-of-inventory tiles of one snapshot', async () => {
    const tiles = (names: string) => {
      let count = Number.POSITIVE_INFINITY;
      return async () => {
        for (let attempt = 0; attempt < 3; attempt += 1) {
          const measured = await stack.database.statements.measure(() => stack.query(`{ kpiSnapshot(names: [${names}], asOf: "2026-04-30") { name } }`), 'analytics');
          count = Math.min(count, measured.statements);
        }
        return count;
      };
    };
    const all = await tiles('CASH_TO_CASH, DAYS_SALES_OUTSTANDING, DAYS_PAYABLE_OUTSTANDING, INVENTORY_TURNS, DAYS_OF_INVENTORY')();
    expect(all).toBe(await tiles('CASH_TO_CASH')());
  });
});

describe('refusals', () => {
  it.each([
    ['a supplier filter on DSO', { name: 'DAYS_SALES_OUTSTANDING', filter: { supplierId: newId() } }, 'filter.supplierId'],
    ['a customer filter on DPO', { name: 'DAYS_PAYABLE_OUTSTANDING', filter: { customerId: newId() } }, 'filter.customerId'],
    ['a customer filter on cash-to-cash', { name: 'CASH_TO_CASH', filter: { customerId: newId() } }, 'filter.customerId'],
    ['an item filter on cash-to-cash', { name: 'CASH_TO_CASH', filter: { itemId: newId() } }, 'filter.itemId'],
    ['a malformed site', { name: 'CASH_TO_CASH', filter: { siteId: 'site-a' } }, 'filter.siteId'],
    ['a reversed range', { name: 'DAYS_SALES_OUTSTANDING', from: '2026-04-30', to: '2026-03-01' }, 'from'],
  ])('refuses %s as bad input', async (_, variables, field) => {
    const { data, errors } = await stack.query(series, { from: '2026-03-01', to: '2026-04-30', grain: 'MONTH', ...variables });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(errors)).not.toMatch(/stack|\.ts:/);
  });

  it('answers nothing for months after today, and lists no contributions there', async () => {
    const future = await points('DAYS_SALES_OUTSTANDING', {}, 'MONTH', '2099-01-01', '2099-01-31');
    expect(values(future)).toEqual([null]);
    const { data } = await stack.query(`{ kpiContributions(name: DAYS_PAYABLE_OUTSTANDING, from: "2099-01-01", to: "2099-01-31") { totalCount items { subjectId } } }`);
    expect(data.kpiContributions).toEqual({ totalCount: 0, items: [] });
  });
});
