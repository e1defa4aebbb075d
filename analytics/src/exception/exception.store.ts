import { execute, newId, sqlArray, type EntityManager } from '@plexus/db';
import { readLatestEvents } from '@plexus/events';
import type { SupplyChainException } from './exception.entity.ts';
import { defaultRules, exceptionKinds, subjectKindOf, type ExceptionKind, type ExceptionRule, type ExceptionStatus, type RaisedCondition, type Severity } from './exception.rules.ts';

/**
 * The SQL of the exception inbox that raising and clearing need: the rules
 * in force, raising (insert, or update the one not yet resolved) and
 * clearing many conditions in one statement each, and the facts the rules
 * measure, read from the event stream and analytics' own projections.
 */

/** Every column of `supply_chain_exception`, the revision as text (a bigint). */
export const exceptionColumns = `id, kind, severity, status, subject_kind, subject_id, subject_label, site_id, summary, money_at_risk, currency, owner_id, owner_role,
  raised_at, updated_at, cause_event_id, acknowledged_by, acknowledged_at, resolved_by, resolved_at, resolution_note, revision::text AS revision_text`;

/** A row of `supply_chain_exception` as SQL returns it. */
export interface ExceptionRow {
  id: string;
  kind: ExceptionKind;
  severity: Severity;
  status: ExceptionStatus;
  subject_kind: string;
  subject_id: string;
  subject_label: string;
  site_id: string | null;
  summary: string;
  money_at_risk: string | null;
  currency: string | null;
  owner_id: string | null;
  owner_role: string;
  raised_at: Date | string;
  updated_at: Date | string;
  cause_event_id: string | null;
  acknowledged_by: string | null;
  acknowledged_at: Date | string | null;
  resolved_by: string | null;
  resolved_at: Date | string | null;
  resolution_note: string | null;
  revision_text: string;
}

const date = (value: Date | string | null) => (value === null ? null : new Date(value));

export function toException(row: ExceptionRow): SupplyChainException {
  return {
    id: row.id,
    kind: row.kind,
    severity: row.severity,
    status: row.status,
    subjectKind: row.subject_kind,
    subjectId: row.subject_id,
    subjectLabel: row.subject_label,
    siteId: row.site_id,
    summary: row.summary,
    moneyAtRisk: row.money_at_risk === null ? null : Number(row.money_at_risk),
    currency: row.currency,
    ownerId: row.owner_id,
    ownerRole: row.owner_role,
    raisedAt: new Date(row.raised_at),
    updatedAt: new Date(row.updated_at),
    causeEventId: row.cause_event_id,
    acknowledgedBy: row.acknowledged_by,
    acknowledgedAt: date(row.acknowledged_at),
    resolvedBy: row.resolved_by,
    resolvedAt: date(row.resolved_at),
    resolutionNote: row.resolution_note,
  };
}

/**
 * Takes the inbox's write lock for the rest of the transaction. Revisions
 * come from a sequence, which hands out numbers as transactions ask, not
 * as they commit; writers taking turns make the two orders the same, so the
 * live feed, reading past the last revision it sent, never skips a change
 * that committed late.
 */
export async function lockExceptionWriters(em: EntityManager): Promise<void> {
  await execute(em, "SELECT pg_advisory_xact_lock(hashtext('analytics.supply_chain_exception'))");
}

/** Holds and stock-outs are valued at standard cost, in the currency finance reports in (erp keeps one). */
export const reportingCurrency = () => process.env.PLEXUS_REPORTING_CURRENCY ?? 'EUR';

/** The rules in force by kind, defaults for kinds nobody changed, with who changed the others and when. */
export async function loadRulesWithChanges(em: EntityManager): Promise<Map<ExceptionKind, ExceptionRule & { updatedBy: string | null; updatedAt: Date | null }>> {
  const rows = await execute<
    { kind: ExceptionKind; enabled: boolean; raise_at: string; medium_at: string; high_at: string; critical_at: string; owner_role: string; updated_by: string | null; updated_at: Date | string }[]
  >(em, 'SELECT kind, enabled, raise_at, medium_at, high_at, critical_at, owner_role, updated_by, updated_at FROM analytics.exception_rule');
  const rules = new Map(defaultRules.map((rule) => [rule.kind, { ...rule, updatedBy: null as string | null, updatedAt: null as Date | null }]));
  for (const row of rows) {
    if (!exceptionKinds.includes(row.kind)) continue;
    rules.set(row.kind, {
      kind: row.kind,
      enabled: row.enabled,
      raiseAt: Number(row.raise_at),
      mediumAt: Number(row.medium_at),
      highAt: Number(row.high_at),
      criticalAt: Number(row.critical_at),
      ownerRole: row.owner_role as ExceptionRule['ownerRole'],
      updatedBy: row.updated_by,
      updatedAt: new Date(row.updated_at),
    });
  }
  return rules;
}

export const loadRules = (em: EntityManager): Promise<ReadonlyMap<ExceptionKind, ExceptionRule>> => loadRulesWithChanges(em);

/** One exception by id, locked for the rest of the transaction when asked. */
export async function readException(em: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<SupplyChainException | null> {
  const [row] = await execute<ExceptionRow[]>(em, `SELECT ${exceptionColumns} FROM analytics.supply_chain_exception WHERE id = ?${options.lock ? ' FOR UPDATE' : ''}`, [id]);
  return row ? toException(row) : null;
}

/** Writes what people change on an exception: its status, owner, who acknowledged or resolved it and when. */
export async function updateException(em: EntityManager, exception: SupplyChainException): Promise<void> {
  await execute(
    em,
    `UPDATE analytics.supply_chain_exception
        SET status = ?, owner_id = ?, acknowledged_by = ?, acknowledged_at = ?, resolved_by = ?, resolved_at = ?, resolution_note = ?, updated_at = ?
      WHERE id = ?`,
    [
      exception.status,
      exception.ownerId,
      exception.acknowledgedBy,
      exception.acknowledgedAt?.toISOString() ?? null,
      exception.resolvedBy,
      exception.resolvedAt?.toISOString() ?? null,
      exception.resolutionNote,
      exception.updatedAt.toISOString(),
      exception.id,
    ],
  );
}

/**
 * Raises each condition, or updates the exception already open for its kind,
 * subject and site (severity, money, summary, cause) when any of that
 * changed; an unchanged one is left alone, so its revision stays.
 */
export async function raiseConditions(em: EntityManager, conditions: readonly RaisedCondition[], rules: ReadonlyMap<ExceptionKind, ExceptionRule>): Promise<void> {
  if (conditions.length === 0) return;
  const rows = conditions.map((condition) => ({
    id: newId(),
    kind: condition.kind,
    severity: condition.severity,
    subject_kind: subjectKindOf[condition.kind],
    subject_id: condition.subjectId,
    subject_label: condition.subjectLabel,
    site_id: condition.siteId,
    summary: condition.summary,
    money_at_risk: condition.moneyAtRisk,
    currency: condition.currency,
    owner_role: rules.get(condition.kind)!.ownerRole,
    at: condition.at.toISOString(),
    cause_event_id: condition.causeEventId,
  }));
  await execute(
    em,
    `INSERT INTO analytics.supply_chain_exception AS e
       (id, kind, severity, status, subject_kind, subject_id, subject_label, site_id, summary, money_at_risk, currency, owner_role, raised_at, updated_at, cause_event_id)
     SELECT id, kind, severity, 'OPEN', subject_kind, subject_id, subject_label, site_id, summary, money_at_risk, currency, owner_role, at, at, cause_event_id
       FROM jsonb_to_recordset(?::jsonb) AS x(id uuid, kind text, severity text, subject_kind text, subject_id uuid, subject_label text, site_id uuid,
                                               summary text, money_at_risk numeric, currency text, owner_role text, at timestamptz, cause_event_id uuid)
     ON CONFLICT (kind, subject_id, site_id) WHERE status <> 'RESOLVED' DO UPDATE SET
       severity = excluded.severity, summary = excluded.summary, subject_label = excluded.subject_label,
       money_at_risk = excluded.money_at_risk, currency = excluded.currency, updated_at = excluded.updated_at,
       cause_event_id = coalesce(excluded.cause_event_id, e.cause_event_id)
     WHERE (e.severity, e.summary, e.subject_label, e.money_at_risk, e.currency) IS DISTINCT FROM
           (excluded.severity, excluded.summary, excluded.subject_label, excluded.money_at_risk, excluded.currency)`,
    [JSON.stringify(dedupe(rows))],
  );
}

// One statement cannot touch a row twice: the last word on a subject wins.
function dedupe<Row extends { kind: string; subject_id: string; site_id: string | null }>(rows: Row[]): Row[] {
  return [...new Map(rows.map((row) => [`${row.kind}|${row.subject_id}|${row.site_id}`, row])).values()];
}

export interface ClearedCondition {
  kind: ExceptionKind;
  subjectId: string;
  /** Only the exception of this site; undefined: whatever its site. */
  siteId?: string | null;
}

/** Resolves the exceptions of conditions that cleared, as of `at`, saying why; nobody resolved them, so no one is named. */
export async function clearConditions(em: EntityManager, cleared: readonly ClearedCondition[], at: Date, why: string, causeEventId: string | null = null): Promise<void> {
  if (cleared.length === 0) return;
  await execute(
    em,
    `UPDATE analytics.supply_chain_exception e
        SET status = 'RESOLVED', resolved_at = greatest(?::timestamptz, e.raised_at), resolution_note = ?, updated_at = greatest(?::timestamptz, e.raised_at),
            cause_event_id = coalesce(?::uuid, e.cause_event_id)
       FROM jsonb_to_recordset(?::jsonb) AS x(kind text, subject_id uuid, any_site boolean, site_id uuid)
      WHERE e.status <> 'RESOLVED' AND e.kind = x.kind AND e.subject_id = x.subject_id AND (x.any_site OR e.site_id IS NOT DISTINCT FROM x.site_id)`,
    [
      at.toISOString(),
      why,
      at.toISOString(),
      causeEventId,
      JSON.stringify(cleared.map((condition) => ({ kind: condition.kind, subject_id: condition.subjectId, any_site: condition.siteId === undefined, site_id: condition.siteId ?? null }))),
    ],
  );
}

/** The subjects of one kind with an exception not yet resolved. */
export async function readOpenSubjects(em: EntityManager, kind: ExceptionKind): Promise<{ subjectId: string; siteId: string | null; raisedAt: Date }[]> {
  const rows = await execute<{ subject_id: string; site_id: string | null; raised_at: Date | string }[]>(
    em,
    "SELECT subject_id, site_id, raised_at FROM analytics.supply_chain_exception WHERE kind = ? AND status <> 'RESOLVED'",
    [kind],
  );
  return rows.map((row) => ({ subjectId: row.subject_id, siteId: row.site_id, raisedAt: new Date(row.raised_at) }));
}

/** Machine codes and names, by machine id, from their registration. */
export async function readMachineLabels(em: EntityManager, machineIds: readonly string[]): Promise<Map<string, string>> {
  const events = await readLatestEvents(em, ['mes.MachineRegistered'], machineIds);
  return new Map([...events].map(([id, event]) => [id, `${event.payload.code} ${event.payload.name}`]));
}

/** SKU and standard cost of items, from erp's item events. */
export async function readItems(em: EntityManager, itemIds: readonly string[]): Promise<Map<string, { sku: string; name: string; standardCost: number }>> {
  const events = await readLatestEvents(em, ['erp.ItemCreated'], itemIds);
  return new Map([...events].map(([id, event]) => [id, { sku: event.payload.sku, name: event.payload.name, standardCost: Number(event.payload.standardCost) }]));
}

/** Quantity a nonconformance found suspect, by its id. */
export async function readNonconformanceQuantities(em: EntityManager, ids: readonly string[]): Promise<Map<string, number>> {
  const events = await readLatestEvents(em, ['qms.NonconformanceOpened'], ids);
  return new Map([...events].map(([id, event]) => [id, Number(event.payload.quantity)]));
}

/** The warehouse's count before `before`: what a new count is compared with. */
export async function readPreviousSnapshot(em: EntityManager, warehouseId: string, before: Date): Promise<{ itemId: string; quantity: number }[]> {
  const rows = await execute<{ payload: string | { balances: { itemId: string; quantity: number }[] } }[]>(
    em,
    `SELECT payload FROM analytics.supply_chain_event
      WHERE type = 'wms.InventorySnapshotTaken' AND subject_id = ? AND time < ?
      ORDER BY time DESC, id DESC LIMIT 1`,
    [warehouseId, before.toISOString()],
  );
  const payload = rows[0] ? (typeof rows[0].payload === 'string' ? JSON.parse(rows[0].payload) : rows[0].payload) : { balances: [] };
  return (payload.balances as { itemId: string; quantity: number }[]).map((balance) => ({ itemId: balance.itemId, quantity: Number(balance.quantity) }));
}

/** Quantity customers still wait for, by item at a site (order lines not cancelled, not fully shipped). */
export async function readOpenDemand(em: EntityManager, siteId: string | null, itemIds: readonly string[]): Promise<Map<string, number>> {
  if (itemIds.length === 0) return new Map();
  const rows = await execute<{ item_id: string; open: string }[]>(
    em,
    `SELECT item_id, sum(quantity - shipped_quantity)::text AS open FROM analytics.order_fulfilment_line
      WHERE item_id = ANY(?::uuid[]) AND site_id IS NOT DISTINCT FROM ?::uuid AND NOT cancelled AND shipped_quantity < quantity
      GROUP BY item_id`,
    [sqlArray(itemIds), siteId],
  );
  return new Map(rows.map((row) => [row.item_id, Number(row.open)]));
}

export interface OpenOrder {
  orderId: string;
  number: string;
  siteId: string | null;
  /** The earliest commit date among its lines still to ship. */
  commitDate: string;
  lines: { quantity: number; done: number; unitPrice: number }[];
}

/** Orders with lines still to ship (not cancelled): all of them, those due before `dueBefore`, or those of `orderIds`. */
export async function readOpenOrders(em: EntityManager, filter: { dueBefore?: string; orderIds?: readonly string[] }): Promise<OpenOrder[]> {
  const rows = await execute<{ order_id: string; order_number: string; site_id: string | null; commit_date: string | Date; quantity: string; shipped_quantity: string; unit_price: string }[]>(
    em,
    `SELECT order_id, order_number, site_id, to_char(commit_date, 'YYYY-MM-DD') AS commit_date, quantity, shipped_quantity, unit_price
       FROM analytics.order_fulfilment_line
      WHERE shipped_quantity < quantity AND NOT cancelled
        AND (?::date IS NULL OR commit_date < ?::date)
        AND (?::uuid[] IS NULL OR order_id = ANY(?::uuid[]))`,
    [filter.dueBefore ?? null, filter.dueBefore ?? null, ...Array(2).fill(filter.orderIds ? sqlArray(filter.orderIds) : null)],
  );
  const orders = new Map<string, OpenOrder>();
  for (const row of rows) {
    const commitDate = String(row.commit_date);
    const order = orders.get(row.order_id) ?? { orderId: row.order_id, number: row.order_number, siteId: row.site_id, commitDate, lines: [] };
    if (commitDate < order.commitDate) order.commitDate = commitDate;
    order.lines.push({ quantity: Number(row.quantity), done: Number(row.shipped_quantity), unitPrice: Number(row.unit_price) });
    orders.set(row.order_id, order);
  }
  return [...orders.values()];
}

/** The currency each order was placed in. */
export async function readOrderCurrencies(em: EntityManager, orderIds: readonly string[]): Promise<Map<string, string>> {
  const events = await readLatestEvents(em, ['crm.SalesOrderPlaced'], orderIds);
  return new Map([...events].map(([id, event]) => [id, event.payload.currency]));
}

/** Sales orders the work orders were released for, by work order id. */
export async function readWorkOrderOrders(em: EntityManager, workOrderIds: readonly string[]): Promise<Map<string, string>> {
  const events = await readLatestEvents(em, ['mes.WorkOrderReleased'], workOrderIds);
  return new Map([...events].flatMap(([id, event]) => (event.payload.salesOrderId ? [[id, event.payload.salesOrderId] as const] : [])));
}

export interface OpenPurchaseOrder {
  purchaseOrderId: string;
  number: string;
  siteId: string | null;
  /** The earliest date a line still to receive was due: latest promise, else first confirmation, else the requested date. */
  dueDate: string;
  currency: string | null;
  lines: { quantity: number; done: number; unitPrice: number }[];
}

/**
 * Purchase orders with a line due before `dueBefore` and not received in
 * full, leaving out orders cancelled, closed or received since: lines from
 * the supplier-performance projection, prices, currency and the order's end
 * from srm's events.
 */
export async function readLatePurchaseOrders(em: EntityManager, dueBefore: string): Promise<OpenPurchaseOrder[]> {
  const rows = await execute<{ purchase_order_id: string; line_id: string; number: string; site_id: string | null; due: string; quantity: string; received: string }[]>(
    em,
    `SELECT l.purchase_order_id, l.line_id, l.number, l.site_id, to_char(coalesce(l.latest_promised_date, l.first_confirmed_date, l.requested_date), 'YYYY-MM-DD') AS due,
            l.quantity, coalesce(r.received, 0) AS received
       FROM analytics.supplier_po_line l
       LEFT JOIN LATERAL (SELECT sum(accepted + rejected) AS received FROM analytics.supplier_receipt r WHERE r.line_id = l.line_id) r ON true
      WHERE l.purchase_order_id IS NOT NULL AND coalesce(l.latest_promised_date, l.first_confirmed_date, l.requested_date) < ?::date
        AND coalesce(r.received, 0) < l.quantity`,
    [dueBefore],
  );
  if (rows.length === 0) return [];
  const ids = [...new Set(rows.map((row) => row.purchase_order_id))];
  const [placed, ended] = await Promise.all([
    readLatestEvents(em, ['srm.PurchaseOrderPlaced'], ids),
    execute<{ subject_id: string }[]>(
      em,
      `SELECT DISTINCT subject_id FROM analytics.supply_chain_event
        WHERE subject_id = ANY(?::uuid[]) AND (type = 'srm.PurchaseOrderCancelled'
          OR (type = 'srm.PurchaseOrderStatusChanged' AND payload->>'to' IN ('RECEIVED', 'CLOSED', 'CANCELLED')))`,
      [sqlArray(ids)],
    ),
  ]);
  const over = new Set(ended.map((row) => row.subject_id));
  const orders = new Map<string, OpenPurchaseOrder>();
  for (const row of rows) {
    if (over.has(row.purchase_order_id)) continue;
    const event = placed.get(row.purchase_order_id);
    const unitPrice = Number(event?.payload.lines.find((line) => line.lineId === row.line_id)?.unitPrice ?? 0);
    const order = orders.get(row.purchase_order_id) ?? { purchaseOrderId: row.purchase_order_id, number: row.number, siteId: row.site_id, dueDate: row.due, currency: event?.payload.currency ?? null, lines: [] };
    if (row.due < order.dueDate) order.dueDate = row.due;
    order.lines.push({ quantity: Number(row.quantity), done: Number(row.received), unitPrice });
    orders.set(row.purchase_order_id, order);
  }
  return [...orders.values()];
}

/** Machines the production projection has down now, with since when. */
export async function readMachinesDown(em: EntityManager): Promise<{ machineId: string; siteId: string | null; since: Date; reason: string | null; eventId: string }[]> {
  const rows = await execute<{ machine_id: string; site_id: string | null; time: Date | string; reason: string | null; event_id: string }[]>(
    em,
    "SELECT machine_id, site_id, time, reason, event_id FROM analytics.machine_current_state WHERE state = 'DOWN'",
  );
  return rows.map((row) => ({ machineId: row.machine_id, siteId: row.site_id, since: new Date(row.time), reason: row.reason, eventId: row.event_id }));
}

/** When each machine's last MACHINE_DOWN exception was resolved: a down state older than that is already over. */
export async function readLastMachineRecoveries(em: EntityManager, machineIds: readonly string[]): Promise<Map<string, Date>> {
  if (machineIds.length === 0) return new Map();
  const rows = await execute<{ subject_id: string; resolved_at: Date | string }[]>(
    em,
    `SELECT subject_id, max(resolved_at) AS resolved_at FROM analytics.supply_chain_exception
      WHERE kind = 'MACHINE_DOWN' AND status = 'RESOLVED' AND subject_id = ANY(?::uuid[]) GROUP BY subject_id`,
    [sqlArray(machineIds)],
  );
  return new Map(rows.map((row) => [row.subject_id, new Date(row.resolved_at)]));
}

export interface ExceptionListFilter {
  status: readonly ExceptionStatus[] | null;
  kind: readonly ExceptionKind[] | null;
  severity: readonly Severity[] | null;
  /** null: every site; empty: none. */
  siteIds: readonly string[] | null;
}

const listWhere = `(?::text[] IS NULL OR status = ANY(?::text[])) AND (?::text[] IS NULL OR kind = ANY(?::text[]))
  AND (?::text[] IS NULL OR severity = ANY(?::text[])) AND (?::uuid[] IS NULL OR site_id = ANY(?::uuid[]))`;

const listParams = (filter: ExceptionListFilter) =>
  [filter.status, filter.kind, filter.severity, filter.siteIds].flatMap((values) => {
    const value = values ? sqlArray(values) : null;
    return [value, value];
  });

/** One page of the inbox, most severe first, then newest, with the totals of the whole filter: two statements, whatever the page. */
export async function readExceptionPage(
  em: EntityManager,
  filter: ExceptionListFilter,
  page: { first: number; offset: number },
): Promise<{ totalCount: number; bySeverity: { severity: Severity; count: number }[]; items: SupplyChainException[] }> {
  const params = listParams(filter);
  const rows = await execute<ExceptionRow[]>(
    em,
    `SELECT ${exceptionColumns} FROM analytics.supply_chain_exception WHERE ${listWhere}
      ORDER BY array_position(ARRAY['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'], severity), raised_at DESC, id LIMIT ? OFFSET ?`,
    [...params, page.first, page.offset],
  );
  const counts = await execute<{ severity: Severity; count: number }[]>(
    em,
    `SELECT severity, count(*)::int AS count FROM analytics.supply_chain_exception WHERE ${listWhere} GROUP BY severity`,
    params,
  );
  const bySeverity = (['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const).map((severity) => ({ severity, count: counts.find((row) => row.severity === severity)?.count ?? 0 }));
  return { totalCount: bySeverity.reduce((sum, row) => sum + row.count, 0), bySeverity, items: rows.map(toException) };
}
