import { parseArgs } from 'node:util';
import { execute, newId, type EntityManager } from '@plexus/db';
import { openSubgraph } from '@plexus/host';
import { subgraph as erp } from '@plexus/erp';
import { matchBlockedInvoices } from '@plexus/erp/supplier-invoice';
import { matchInvoices, type OrderLineForMatch } from '@plexus/erp/three-way-match';
import { defaultServerUrls, openScratchDatabase, scratchTargets, type ScratchDatabase } from './scratch-database.ts';

/**
 * `npm run bench:three-way-match -- [--invoices 10000] [--lines 3] [--seed 1] [--database server|embedded|timescale|all|URL]`:
 * the bar, 10,000 supplier invoices with 30,000 lines matched three
 * ways in at most 5 s on the PostgreSQL server. Each database is a scratch
 * one holding erp's schema: one purchase order per invoice, its lines
 * partly received (some short), and the invoices booked BLOCKED as if they
 * had arrived before the goods (some over the received quantity, some above
 * the price tolerance). The timed work is what erp does when the goods have
 * arrived: `matchBlockedInvoices` over all of them in one transaction
 * (match, write every verdict, the invoices' status and the order lines'
 * invoiced quantities: the database clears the invoices alone on their order
 * lines that match, the rules judge the rest), checked against the rules:
 * as many matched, as much invoiced, every blocked line with its reasons.
 * The baseline, in the same run, is the matching rules alone on the same
 * data in memory.
 */
const { values } = parseArgs({
  options: {
    invoices: { type: 'string', default: '10000' },
    lines: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    database: { type: 'string', default: 'server' },
    'server-url': { type: 'string', default: defaultServerUrls.server },
    'timescale-url': { type: 'string', default: defaultServerUrls.timescale },
  },
});
const invoiceCount = Number(values.invoices);
const linesPerInvoice = Number(values.lines);
const barSeconds = 5;

function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const chunk = 2_000;

async function insertJson(em: EntityManager, sql: string, rows: unknown[]) {
  for (let start = 0; start < rows.length; start += chunk) await execute(em, sql, [JSON.stringify(rows.slice(start, start + chunk))]);
}

/** Order lines, receipts and blocked invoices, written straight into erp's tables (the scratch database is the benchmark's own). */
async function load(em: EntityManager) {
  const random = seeded(Number(values.seed));
  const supplierId = newId();
  const itemIds = Array.from({ length: 200 }, () => newId());
  const refs: Record<string, unknown>[] = [];
  const invoices: Record<string, unknown>[] = [];
  const lines: Record<string, unknown>[] = [];
  const day = new Date().toISOString().slice(0, 10);
  for (let index = 0; index < invoiceCount; index += 1) {
    const orderId = newId();
    const invoiceId = newId();
    let amount = 0;
    for (let position = 1; position <= linesPerInvoice; position += 1) {
      const lineId = newId();
      const quantity = 10 + Math.floor(random() * 490);
      const unitPrice = Math.round((0.5 + random() * 50) * 100) / 100;
      const received = random() < 0.1 ? Math.floor(quantity * random()) : quantity;
      const invoiced = received === 0 || random() < 0.03 ? received + 5 : received;
      const billedPrice = random() < 0.03 ? Math.round(unitPrice * 1.05 * 100) / 100 : unitPrice;
      const itemId = itemIds[Math.floor(random() * itemIds.length)];
      refs.push({ line_id: lineId, purchase_order_id: orderId, purchase_order_number: `PO-B-${index}`, supplier_id: supplierId, item_id: itemId, quantity, unit_price: unitPrice, received_quantity: received });
      lines.push({ id: newId(), invoice_id: invoiceId, line_number: position, purchase_order_line_id: lineId, item_id: itemId, quantity: invoiced, unit_price: billedPrice });
      amount += invoiced * billedPrice;
    }
    invoices.push({ id: invoiceId, number: `SI-B-${index}`, supplier_reference: `R-${index}`, supplier_id: supplierId, purchase_order_id: orderId, invoice_date: day, received_at: new Date(Date.now() - (invoiceCount - index) * 1000).toISOString(), due_date: day, amount: Math.round(amount * 100) / 100 });
  }
  await insertJson(
    em,
    `INSERT INTO erp.purchase_order_line_ref (line_id, purchase_order_id, purchase_order_number, supplier_id, item_id, quantity, unit_price, received_quantity)
     SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(line_id uuid, purchase_order_id uuid, purchase_order_number text, supplier_id uuid, item_id uuid, quantity numeric, unit_price numeric, received_quantity numeric)`,
    refs,
  );
  await insertJson(
    em,
    `INSERT INTO erp.supplier_invoice (id, number, supplier_reference, supplier_id, purchase_order_id, invoice_date, received_at, due_date, amount, status)
     SELECT x.*, 'BLOCKED' FROM jsonb_to_recordset(?::jsonb) AS x(id uuid, number text, supplier_reference text, supplier_id uuid, purchase_order_id uuid, invoice_date date, received_at timestamptz, due_date date, amount numeric)`,
    invoices,
  );
  await insertJson(
    em,
    `INSERT INTO erp.supplier_invoice_line (id, invoice_id, line_number, purchase_order_line_id, item_id, quantity, unit_price, ordered_unit_price, matched, block_codes, block_reasons)
     SELECT x.*, 0, false, '{NOT_RECEIVED}', '{}' FROM jsonb_to_recordset(?::jsonb) AS x(id uuid, invoice_id uuid, line_number int, purchase_order_line_id uuid, item_id uuid, quantity numeric, unit_price numeric)`,
    lines,
  );
  await execute(em, 'ANALYZE erp.purchase_order_line_ref');
  await execute(em, 'ANALYZE erp.supplier_invoice');
  await execute(em, 'ANALYZE erp.supplier_invoice_line');
  return { invoiceIds: invoices.map((invoice) => invoice.id as string), refs, lines };
}

async function benchmark({ database, label }: ScratchDatabase) {
  const orm = await openSubgraph(erp, database);
  try {
    const loaded = await load(orm.em.fork());

    // Baseline: the rules alone, on the same invoices and order lines, in memory.
    const orderLines = new Map<string, OrderLineForMatch>(
      loaded.refs.map((ref) => [
        ref.line_id as string,
        { lineId: ref.line_id as string, purchaseOrderNumber: ref.purchase_order_number as string, unitPrice: ref.unit_price as number, receivedQuantity: ref.received_quantity as number, invoicedQuantity: 0 },
      ]),
    );
    const byInvoice = new Map<string, { purchaseOrderLineId: string; quantity: number; unitPrice: number }[]>();
    for (const line of loaded.lines) {
      const list = byInvoice.get(line.invoice_id as string) ?? [];
      list.push({ purchaseOrderLineId: line.purchase_order_line_id as string, quantity: line.quantity as number, unitPrice: line.unit_price as number });
      byInvoice.set(line.invoice_id as string, list);
    }
    const rulesStarted = performance.now();
    const inMemory = matchInvoices(loaded.invoiceIds.map((id) => ({ lines: byInvoice.get(id) ?? [] })), orderLines);
    const rulesMs = performance.now() - rulesStarted;

    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const matched = await orm.em.fork().transactional((tx) => matchBlockedInvoices(tx, loaded.invoiceIds));
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);

    const [counts] = await database.query<{ matched: number; blocked: number; lines: number; unexplained: number; invoiced: string }>(
      `SELECT count(*) FILTER (WHERE status = 'MATCHED')::int AS matched, count(*) FILTER (WHERE status = 'BLOCKED')::int AS blocked,
              (SELECT count(*)::int FROM erp.supplier_invoice_line) AS lines,
              (SELECT count(*)::int FROM erp.supplier_invoice_line WHERE NOT matched AND cardinality(block_reasons) = 0) AS unexplained,
              (SELECT sum(invoiced_quantity) FROM erp.purchase_order_line_ref) AS invoiced
         FROM erp.supplier_invoice`,
    );
    const expectedMatched = inMemory.matches.filter((match) => match.matched).length;
    if (matched !== expectedMatched || counts!.matched !== expectedMatched) throw new Error(`Matched ${matched} (stored ${counts!.matched}), the rules alone ${expectedMatched}`);
    const expectedInvoiced = [...inMemory.invoiced.values()].reduce((sum, quantity) => sum + quantity, 0);
    if (Number(counts!.invoiced) !== expectedInvoiced) throw new Error(`Invoiced ${counts!.invoiced} on the order lines, the rules alone ${expectedInvoiced}`);
    if (counts!.unexplained > 0) throw new Error(`${counts!.unexplained} lines blocked without a reason`);
    const seconds = wallMs / 1000;
    console.log(`
${label}
  ${invoiceCount.toLocaleString('en')} supplier invoices, ${counts!.lines.toLocaleString('en')} lines: ${counts!.matched.toLocaleString('en')} matched, ${counts!.blocked.toLocaleString('en')} blocked with reasons
  three-way match in the database: ${seconds.toFixed(2)} s wall (${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU in this process), ${((wallMs * 1000) / invoiceCount).toFixed(1)} µs per invoice, ${Math.round(invoiceCount / seconds).toLocaleString('en')} invoices/s
  baseline, the matching rules alone in memory: ${rulesMs.toFixed(0)} ms (the database takes ${(wallMs / rulesMs).toFixed(1)}× as long)
  bar: ≤ ${barSeconds} s: ${seconds <= barSeconds ? 'met' : 'MISSED'}`);
    return seconds <= barSeconds;
  } finally {
    await orm.close();
    await database.close();
  }
}

let allMet = true;
for (const target of scratchTargets(values.database, { server: values['server-url'], timescale: values['timescale-url'] })) {
  const scratch = await openScratchDatabase(target);
  try {
    allMet = (await benchmark(scratch)) && allMet;
  } finally {
    await scratch.drop();
  }
}
process.exitCode = allMet ? 0 : 1;
