import DataLoader from 'dataloader';
import { execute, newId, sqlArray, type EntityManager } from '@plexus/db';
import { defineConsumer, describeEvent, type EventOf } from '@plexus/events';
import { authorize, validatePage } from '@plexus/host';
import { badInput } from '@plexus/errors';
import type { ErpContext } from '../context.ts';
import { financeReaders } from '../finance/finance-access.ts';
import { toCents } from '../finance/money.ts';
import { journalLines, ledgerAccounts, type BusinessFact, type LedgerAccount, type Valued } from './ledger.rules.ts';

const postedTypes = [
  'wms.GoodsReceived',
  'wms.ShipmentShipped',
  'mes.WorkOrderCompleted',
  'erp.InvoiceIssued',
  'erp.CustomerPaymentReceived',
  'erp.SupplierInvoiceReceived',
  'erp.SupplierPaymentMade',
] as const;
type PostedEvent = EventOf<(typeof postedTypes)[number]>;

async function standardCosts(em: EntityManager, itemIds: readonly string[]): Promise<Map<string, number>> {
  if (itemIds.length === 0) return new Map();
  const rows = await execute<{ id: string; standard_cost: string }[]>(em, 'SELECT id, standard_cost FROM erp.item WHERE id = ANY(?::uuid[])', [sqlArray([...new Set(itemIds)])]);
  return new Map(rows.map((row) => [row.id, Number(row.standard_cost)]));
}

async function valued(em: EntityManager, lines: readonly { itemId: string; quantity: number }[]): Promise<Valued[]> {
  const costs = await standardCosts(em, lines.map((line) => line.itemId));
  return lines.map((line) => ({ quantity: line.quantity, standardCost: costs.get(line.itemId) ?? 0 }));
}

/** The business fact behind an event, read from the event and erp's own books (item costs, invoice lines, what was posted before). */
async function factOf(em: EntityManager, event: PostedEvent): Promise<BusinessFact> {
  switch (event.type) {
    case 'wms.GoodsReceived':
      // Only goods bought against a purchase order are owed to a supplier (GR/IR); produced lots are posted from
      // mes.WorkOrderCompleted, and stock put away without an order (the opening count) predates the ledger.
      return { kind: 'GOODS_RECEIVED', lines: await valued(em, event.payload.lines.filter((line) => line.purchaseOrderLineId)) };
    case 'wms.ShipmentShipped':
      return { kind: 'GOODS_SHIPPED', lines: event.payload.lines.map((line) => ({ quantity: line.quantity, standardCost: line.standardCost })) };
    case 'mes.WorkOrderCompleted':
      return { kind: 'PRODUCTION_COMPLETED', lines: await valued(em, [{ itemId: event.payload.itemId, quantity: event.payload.goodQuantity }]) };
    case 'erp.InvoiceIssued': {
      const [posted] = await execute<{ billed: string | null }[]>(
        em,
        `SELECT sum(l.debit - l.credit) AS billed FROM erp.journal_entry e JOIN erp.journal_line l ON l.entry_id = e.id
          WHERE e.subject_id = ? AND e.source_type = 'erp.InvoiceIssued' AND l.account = 'RECEIVABLES'`,
        [event.subjectId],
      );
      return { kind: 'INVOICE_ISSUED', amountCents: toCents(event.payload.amount), previouslyBilledCents: toCents(Number(posted?.billed ?? 0)) };
    }
    case 'erp.CustomerPaymentReceived':
      return { kind: 'CUSTOMER_PAYMENT', amountCents: toCents(event.payload.amount) };
    case 'erp.SupplierInvoiceReceived': {
      const lines = await execute<{ item_id: string; quantity: string }[]>(em, 'SELECT item_id, quantity FROM erp.supplier_invoice_line WHERE invoice_id = ?', [event.subjectId]);
      return { kind: 'SUPPLIER_INVOICE', amountCents: toCents(event.payload.amount), lines: await valued(em, lines.map((line) => ({ itemId: line.item_id, quantity: Number(line.quantity) }))) };
    }
    case 'erp.SupplierPaymentMade':
      return { kind: 'SUPPLIER_PAYMENT', amountCents: toCents(event.payload.amount) };
  }
}

/** Posts one journal entry per business event that moves money or stock value, at the event's time. */
export const generalLedgerConsumer = defineConsumer({
  name: 'general-ledger',
  types: postedTypes,
  async apply(em, event) {
    const lines = journalLines(await factOf(em, event));
    if (lines.length === 0) return;
    const entryId = newId();
    await execute(
      em,
      'INSERT INTO erp.journal_entry (id, posted_at, source_event_id, source_type, subject_id, description) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_event_id) DO NOTHING',
      [entryId, event.time, event.id, event.type, event.subjectId, describeEvent(event)],
    );
    await execute(
      em,
      `INSERT INTO erp.journal_line (entry_id, position, account, debit, credit)
       SELECT ?::uuid, x.position, x.account, x.debit, x.credit FROM jsonb_to_recordset(?::jsonb) AS x(position int, account text, debit numeric, credit numeric)`,
      [entryId, JSON.stringify(lines.map((line, index) => ({ position: index + 1, account: line.account, debit: line.debitCents / 100, credit: line.creditCents / 100 })))],
    );
  },
});

export interface JournalEntryRecord {
  id: string;
  postedAt: Date;
  sourceType: string;
  subjectId: string;
  description: string;
}

export interface JournalLineRecord {
  entryId: string;
  account: LedgerAccount;
  debit: number;
  credit: number;
}

export function createLedgerLoaders(em: EntityManager) {
  return {
    linesByJournalEntry: new DataLoader<string, JournalLineRecord[]>(async (entryIds) => {
      const rows = await execute<{ entry_id: string; account: LedgerAccount; debit: string; credit: string }[]>(
        em,
        'SELECT entry_id, account, debit, credit FROM erp.journal_line WHERE entry_id = ANY(?::uuid[]) ORDER BY entry_id, position',
        [sqlArray(entryIds)],
      );
      return entryIds.map((id) => rows.filter((row) => row.entry_id === id).map((row) => ({ entryId: id, account: row.account, debit: Number(row.debit), credit: Number(row.credit) })));
    }),
  };
}

/** Journal entries, newest first, optionally only those touching an account or posted from events about one subject. */
export async function listJournalEntries(ctx: ErpContext, query: { account?: LedgerAccount | null; subjectId?: string | null; first: number; offset: number }): Promise<JournalEntryRecord[]> {
  authorize(ctx.viewer, 'read the general ledger', financeReaders);
  validatePage(query, 500);
  const rows = await execute<{ id: string; posted_at: Date; source_type: string; subject_id: string; description: string }[]>(
    ctx.em,
    `SELECT e.id, e.posted_at, e.source_type, e.subject_id, e.description FROM erp.journal_entry e
      WHERE (?::text IS NULL OR EXISTS (SELECT 1 FROM erp.journal_line l WHERE l.entry_id = e.id AND l.account = ?::text))
        AND (?::uuid IS NULL OR e.subject_id = ?::uuid)
      ORDER BY e.posted_at DESC, e.id DESC LIMIT ? OFFSET ?`,
    [query.account ?? null, query.account ?? null, query.subjectId ?? null, query.subjectId ?? null, query.first, query.offset],
  );
  return rows.map((row) => ({ id: row.id, postedAt: new Date(row.posted_at), sourceType: row.source_type, subjectId: row.subject_id, description: row.description }));
}

/** Debits, credits and balance (debit − credit) per account, over everything posted by the end of `asOf` (today unless given). */
export async function trialBalance(ctx: ErpContext, asOf?: string | null) {
  authorize(ctx.viewer, 'read the general ledger', financeReaders);
  const day = asOf ?? ctx.now().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw badInput('asOf must be a date, YYYY-MM-DD', { field: 'asOf' });
  const rows = await execute<{ account: LedgerAccount; debit: string; credit: string }[]>(
    ctx.em,
    `SELECT l.account, sum(l.debit) AS debit, sum(l.credit) AS credit FROM erp.journal_line l JOIN erp.journal_entry e ON e.id = l.entry_id
      WHERE e.posted_at < ?::date + 1 GROUP BY l.account`,
    [day],
  );
  return ledgerAccounts.map((account) => {
    const row = rows.find((candidate) => candidate.account === account);
    const debit = Number(row?.debit ?? 0);
    const credit = Number(row?.credit ?? 0);
    return { account, debit, credit, balance: (toCents(debit) - toCents(credit)) / 100 };
  });
}
