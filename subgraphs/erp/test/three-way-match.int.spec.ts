import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, openTestDatabase, type Database, type SubgraphOrm } from '@plexus/db';
import { openSubgraph } from '@plexus/host';
import { subgraph } from '../src/subgraph.ts';
import { matchBlockedInvoices } from '../src/supplier-invoice/supplier-invoice.service.ts';
import { matchInvoices, type OrderLineForMatch } from '../src/supplier-invoice/three-way-match.rules.ts';

/**
 * Matching blocked invoices again in the database, in bulk, against the
 * rules in memory: the same verdicts, reasons, statuses and invoiced
 * quantities, whether an invoice's order lines are its own in the batch or
 * shared with earlier invoices, in a number of statements that does not grow
 * with the batch. The spec writes erp's read model of orders and receipts
 * (erp.purchase_order_line_ref) as its consumer keeps it, and books the
 * invoices BLOCKED as if they had arrived before the goods.
 */

let database: Database;
let orm: SubgraphOrm;

beforeAll(async () => {
  database = await openTestDatabase();
  orm = await openSubgraph(subgraph, database);
});
afterAll(async () => {
  await orm?.close();
  await database?.close();
});

interface OrderLine {
  id: string;
  number: string;
  unitPrice: number;
  received: number;
  invoiced: number;
}
interface InvoiceLine {
  orderLineId: string;
  quantity: number;
  unitPrice: number;
}

let sequence = 0;
let clock = Date.parse('2026-11-01T08:00:00Z');

async function orderLine(unitPrice: number, received: number, invoiced = 0): Promise<OrderLine> {
  sequence += 1;
  const line = { id: newId(), number: `PO-T-${sequence}`, unitPrice, received, invoiced };
  await database.query(
    `INSERT INTO erp.purchase_order_line_ref (line_id, purchase_order_id, purchase_order_number, supplier_id, item_id, quantity, unit_price, received_quantity, invoiced_quantity)
     VALUES ($1, $2, $3, $4, $5, 1000, $6, $7, $8)`,
    [line.id, newId(), line.number, newId(), newId(), unitPrice, received, invoiced],
  );
  return line;
}

/** A BLOCKED invoice (each one received a minute after the one before), its lines still waiting for goods. */
async function blockedInvoice(lines: InvoiceLine[]): Promise<string> {
  sequence += 1;
  clock += 60_000;
  const id = newId();
  await database.query(
    `INSERT INTO erp.supplier_invoice (id, number, supplier_reference, supplier_id, purchase_order_id, invoice_date, received_at, due_date, amount, status)
     VALUES ($1, $2, $2, $3, $4, '2026-11-01', $5, '2026-12-01', 0, 'BLOCKED')`,
    [id, `SI-T-${sequence}`, newId(), newId(), new Date(clock)],
  );
  for (const [index, line] of lines.entries()) {
    await database.query(
      `INSERT INTO erp.supplier_invoice_line (id, invoice_id, line_number, purchase_order_line_id, item_id, quantity, unit_price, ordered_unit_price, matched, block_codes, block_reasons)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 0, false, '{NOT_RECEIVED}', '{"waiting for goods"}')`,
      [newId(), id, index + 1, line.orderLineId, newId(), line.quantity, line.unitPrice],
    );
  }
  return id;
}

async function stored(invoiceIds: string[]) {
  const invoices = await database.query<{ id: string; status: string }>('SELECT id, status FROM erp.supplier_invoice WHERE id = ANY($1::uuid[])', [invoiceIds]);
  const lines = await database.query<{ invoice_id: string; matched: boolean; ordered_unit_price: string; block_codes: string[]; block_reasons: string[] }>(
    'SELECT invoice_id, matched, ordered_unit_price, block_codes, block_reasons FROM erp.supplier_invoice_line WHERE invoice_id = ANY($1::uuid[]) ORDER BY line_number',
    [invoiceIds],
  );
  return invoiceIds.map((id) => ({
    status: invoices.find((invoice) => invoice.id === id)!.status,
    lines: lines
      .filter((line) => line.invoice_id === id)
      .map((line) => ({ matched: line.matched, orderedUnitPrice: Number(line.ordered_unit_price), codes: line.block_codes, reasons: line.block_reasons })),
  }));
}

async function invoicedQuantities(orderLines: OrderLine[]) {
  const rows = await database.query<{ line_id: string; invoiced_quantity: string }>(
    'SELECT line_id, invoiced_quantity FROM erp.purchase_order_line_ref WHERE line_id = ANY($1::uuid[])',
    [orderLines.map((line) => line.id)],
  );
  return new Map(rows.map((row) => [row.line_id, Number(row.invoiced_quantity)]));
}

const match = (invoiceIds: readonly string[]) => database.statements.measure(() => orm.em.fork().transactional((em) => matchBlockedInvoices(em, invoiceIds)));

/** What the rules decide in memory for the same invoices, in the order they arrived. */
function expected(orderLines: OrderLine[], invoices: InvoiceLine[][]) {
  const refs = new Map<string, OrderLineForMatch>(
    orderLines.map((line) => [line.id, { lineId: line.id, purchaseOrderNumber: line.number, unitPrice: line.unitPrice, receivedQuantity: line.received, invoicedQuantity: line.invoiced }]),
  );
  const { matches, invoiced } = matchInvoices(
    invoices.map((lines) => ({ lines: lines.map((line) => ({ purchaseOrderLineId: line.orderLineId, quantity: line.quantity, unitPrice: line.unitPrice })) })),
    refs,
  );
  return {
    verdicts: matches.map((verdict) => ({
      status: verdict.matched ? 'MATCHED' : 'BLOCKED',
      lines: verdict.lines.map((line) => ({ matched: line.matched, orderedUnitPrice: line.orderedUnitPrice, codes: line.codes, reasons: line.reasons })),
    })),
    // Quantities are kept to six decimals (numeric(18, 6)), as the database adds them.
    invoiced: new Map(orderLines.map((line) => [line.id, Number((line.invoiced + (invoiced.get(line.id) ?? 0)).toFixed(6))])),
  };
}

describe('matching blocked invoices again, in bulk', () => {
  it('decides as the rules do for invoices with order lines of their own and for invoices sharing order lines, and writes what they decide', async () => {
    const own = await orderLine(2, 100, 30);
    const ownSecond = await orderLine(7.25, 12);
    const overpriced = await orderLine(2.5, 40);
    const notReceived = await orderLine(3, 0);
    const fractional = await orderLine(1.2, 10.1, 3.2);
    const exact = await orderLine(1.2, 10.1, 3.2);
    const shared = await orderLine(4, 50);
    const twice = await orderLine(1, 20);
    const orderLines = [own, ownSecond, overpriced, notReceived, fractional, exact, shared, twice];
    const invoices: InvoiceLine[][] = [
      // Its own order lines: everything received and not invoiced at a price within the tolerance (and one below the order's).
      [
        { orderLineId: own.id, quantity: 70, unitPrice: 2.04 },
        { orderLineId: ownSecond.id, quantity: 12, unitPrice: 7 },
      ],
      // One line above the tolerance, one for goods not received: blocked with both reasons, its good line matched.
      [
        { orderLineId: overpriced.id, quantity: 40, unitPrice: 2.6 },
        { orderLineId: notReceived.id, quantity: 5, unitPrice: 3 },
        { orderLineId: newId(), quantity: 1, unitPrice: 1 },
      ],
      // What is left of 10.1 received less 3.2 invoiced, to the last decimal; and a little more than that on another line.
      [{ orderLineId: fractional.id, quantity: 6.9, unitPrice: 1.2 }],
      [{ orderLineId: exact.id, quantity: 6.900001, unitPrice: 1.2 }],
      // Three invoices for one order line: the first, overpriced, takes nothing; the second takes all; the third finds none left.
      [{ orderLineId: shared.id, quantity: 50, unitPrice: 4.5 }],
      [{ orderLineId: shared.id, quantity: 50, unitPrice: 4 }],
      [{ orderLineId: shared.id, quantity: 1, unitPrice: 4 }],
      // Two lines of one invoice for the same order line: the second line counts what the first takes.
      [
        { orderLineId: twice.id, quantity: 15, unitPrice: 1 },
        { orderLineId: twice.id, quantity: 6, unitPrice: 1 },
      ],
    ];
    const ids = [];
    for (const lines of invoices) ids.push(await blockedInvoice(lines));
    const rules = expected(orderLines, invoices);

    // Handed over newest first and with repeats: matched in the order they arrived, each once.
    const { result: matched } = await match([...ids].reverse().concat(ids[0]!));

    expect(await stored(ids)).toEqual(rules.verdicts);
    expect(await invoicedQuantities(orderLines)).toEqual(rules.invoiced);
    expect(matched).toBe(rules.verdicts.filter((verdict) => verdict.status === 'MATCHED').length);
    expect(rules.verdicts.map((verdict) => verdict.status)).toEqual(['MATCHED', 'BLOCKED', 'MATCHED', 'BLOCKED', 'BLOCKED', 'MATCHED', 'BLOCKED', 'BLOCKED']);
    expect(rules.verdicts[1]!.lines.map((line) => line.codes)).toEqual([['PRICE_ABOVE_ORDER'], ['NOT_RECEIVED'], ['NOT_ORDERED']]);
    expect(rules.verdicts[3]!.lines[0]!.reasons).toEqual(['Line 1: invoices 6.900001 but 6.9 received and not invoiced yet']);
    expect(rules.verdicts[6]!.lines[0]!.reasons).toEqual([`Line 1: no goods received against ${shared.number} that are not invoiced yet`]);
    expect(rules.verdicts[7]!.lines[1]!.reasons).toEqual(['Line 2: invoices 6 but 5 received and not invoiced yet']);

    // Again: the matched are no longer blocked and take nothing more; the blocked are judged on what is now invoiced.
    const blocked = ids.filter((_, index) => rules.verdicts[index]!.status === 'BLOCKED');
    const now = expected(
      orderLines.map((line) => ({ ...line, invoiced: rules.invoiced.get(line.id)! })),
      invoices.filter((_, index) => rules.verdicts[index]!.status === 'BLOCKED'),
    );
    const again = await match(ids);
    expect(again.result).toBe(0);
    expect(await stored(blocked)).toEqual(now.verdicts);
    expect(await stored(ids.filter((id) => !blocked.includes(id)))).toEqual(rules.verdicts.filter((verdict) => verdict.status === 'MATCHED'));
    expect(await invoicedQuantities(orderLines)).toEqual(rules.invoiced);
    expect(now.verdicts[2]!.lines[0]!.codes).toEqual(['NOT_RECEIVED', 'PRICE_ABOVE_ORDER']);
  });

  it('clears invoices alone on their order lines in the statement that reads them, up to the tolerance and the last received decimal', async () => {
    const atTolerance = await orderLine(2, 100);
    const fractional = await orderLine(1.2, 10.1, 3.2);
    const below = await orderLine(9.99, 1);
    const ids = [
      await blockedInvoice([{ orderLineId: atTolerance.id, quantity: 100, unitPrice: 2.04 }]),
      await blockedInvoice([
        { orderLineId: fractional.id, quantity: 6.9, unitPrice: 1.224 },
        { orderLineId: below.id, quantity: 0.5, unitPrice: 0 },
      ]),
    ];
    const { result, statements } = await match(ids);
    expect(result).toBe(2);
    // The transaction, the matching lock and the one statement: no lines left for the rules to judge.
    expect(statements).toBe(4);
    expect((await stored(ids)).map((invoice) => invoice.status)).toEqual(['MATCHED', 'MATCHED']);
    expect(await invoicedQuantities([atTolerance, fractional, below])).toEqual(new Map([[atTolerance.id, 100], [fractional.id, 10.1], [below.id, 0.5]]));
  });

  it('sends as many statements for two hundred invoices as for two, whether they match or not', async () => {
    const batch = async (size: number) => {
      const ids = [];
      for (let index = 0; index < size; index += 1) {
        const line = await orderLine(2, index % 4 === 0 ? 0 : 10);
        const sharedWithNext = index % 10 === 0 ? [{ orderLineId: line.id, quantity: 1, unitPrice: 2 }] : [];
        ids.push(await blockedInvoice([{ orderLineId: line.id, quantity: 10, unitPrice: index % 7 === 0 ? 3 : 2 }]));
        if (sharedWithNext.length > 0) ids.push(await blockedInvoice(sharedWithNext));
      }
      return match(ids);
    };
    const small = await batch(2);
    const large = await batch(200);
    expect(large.result).toBeGreaterThan(100);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(6);
  });
});
