import type { ExceptionFilter, ExceptionKind, ExceptionRowFragment, ExceptionSeverity, ExceptionStatus } from '../graphql/__generated__/operations.ts';
import { readPage } from '../paging.ts';

/**
 * The exception inbox's filters (kept in the URL, so a view can be shared),
 * the words and links of its rows, and how a pushed change joins the list
 * a reader is looking at.
 */

export const exceptionKinds: ExceptionKind[] = ['ORDER_LATE', 'ORDER_AT_RISK', 'PURCHASE_ORDER_LATE', 'MACHINE_DOWN', 'QUALITY_HOLD', 'STOCK_OUT'];
export const severities: ExceptionSeverity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

/** What the status filter offers: the inbox (still needs someone) by default, one status, or everything. */
export const statusChoices = ['ACTIVE', 'OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'ALL'] as const;
export type StatusChoice = (typeof statusChoices)[number];

export const kindWords: Record<ExceptionKind, string> = {
  ORDER_LATE: 'Order late',
  ORDER_AT_RISK: 'Order at risk',
  PURCHASE_ORDER_LATE: 'Purchase order late',
  MACHINE_DOWN: 'Machine down',
  QUALITY_HOLD: 'Quality hold',
  STOCK_OUT: 'Stock-out',
};

export const statusChoiceWords: Record<StatusChoice, string> = {
  ACTIVE: 'Open or acknowledged',
  OPEN: 'Open',
  ACKNOWLEDGED: 'Acknowledged',
  RESOLVED: 'Resolved',
  ALL: 'All',
};

export interface InboxQuery {
  status: StatusChoice;
  kind: ExceptionKind | null;
  severity: ExceptionSeverity | null;
  siteId: string | null;
  page: number;
}

export const inboxPageSize = 50;

const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reading the URL never throws: a value that is not one is a problem shown above the list, and the list goes on without it. */
export function readInboxQuery(params: URLSearchParams): { query: InboxQuery; problems: string[] } {
  const problems: string[] = [];
  const pick = <T extends string>(name: string, choices: readonly T[], words: string): T | null => {
    const raw = params.get(name);
    if (!raw) return null;
    const found = choices.find((choice) => choice === raw.toUpperCase());
    if (!found) problems.push(`“${raw.slice(0, 40)}” is not ${words}; showing every one.`);
    return found ?? null;
  };
  const status = pick('status', statusChoices, 'a status choice') ?? 'ACTIVE';
  const kind = pick('kind', exceptionKinds, 'an exception kind');
  const severity = pick('severity', severities, 'a severity');
  const rawSite = params.get('site');
  const siteId = rawSite && idPattern.test(rawSite) ? rawSite.toLowerCase() : null;
  if (rawSite && !siteId) problems.push(`“${rawSite.slice(0, 40)}” is not a site id; showing every site.`);
  const page = readPage(params);
  if (page.problem) problems.push(page.problem);
  return { query: { status, kind, severity, siteId, page: page.page }, problems };
}

const statusesOf: Record<StatusChoice, ExceptionStatus[] | null> = {
  ACTIVE: ['OPEN', 'ACKNOWLEDGED'],
  OPEN: ['OPEN'],
  ACKNOWLEDGED: ['ACKNOWLEDGED'],
  RESOLVED: ['RESOLVED'],
  ALL: null,
};

export function filterOf(query: InboxQuery): ExceptionFilter {
  return {
    ...(statusesOf[query.status] ? { status: statusesOf[query.status] } : {}),
    ...(query.kind ? { kind: [query.kind] } : {}),
    ...(query.severity ? { severity: [query.severity] } : {}),
    ...(query.siteId ? { siteId: query.siteId } : {}),
  };
}

export function inboxHref(query: InboxQuery, change: Partial<InboxQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.status !== 'ACTIVE') params.set('status', next.status);
  if (next.kind) params.set('kind', next.kind);
  if (next.severity) params.set('severity', next.severity);
  if (next.siteId) params.set('site', next.siteId);
  if (next.page > 1) params.set('page', String(next.page));
  return params.size ? `/exceptions?${params}` : '/exceptions';
}

/** Whether an exception belongs in the list the query shows. */
export function matches(query: InboxQuery, exception: Pick<ExceptionRowFragment, 'status' | 'kind' | 'severity' | 'siteId'>): boolean {
  const statuses = statusesOf[query.status];
  return (
    (!statuses || statuses.includes(exception.status)) &&
    (!query.kind || query.kind === exception.kind) &&
    (!query.severity || query.severity === exception.severity) &&
    (!query.siteId || query.siteId === exception.siteId)
  );
}

/**
 * A pushed exception joins the rows on screen: a changed one is replaced
 * where it stands (or leaves, when it no longer matches: resolved in the
 * inbox), a new one that matches goes on top, marked as new.
 */
export function mergeLive<Row extends { id: string }>(rows: readonly Row[], pushed: Row, belongs: boolean): { rows: Row[]; added: boolean } {
  const index = rows.findIndex((row) => row.id === pushed.id);
  if (index >= 0) return { rows: belongs ? rows.with(index, pushed) : rows.filter((row) => row.id !== pushed.id), added: false };
  return belongs ? { rows: [pushed, ...rows], added: true } : { rows: [...rows], added: false };
}

/** Where the record an exception is about has its page; null when the tower has none (lots). */
export function subjectHref(exception: Pick<ExceptionRowFragment, 'subjectKind' | 'subjectId'>): string | null {
  switch (exception.subjectKind) {
    case 'SALES_ORDER':
      return `/orders/${exception.subjectId}`;
    case 'PURCHASE_ORDER':
      return `/purchasing/${exception.subjectId}`;
    case 'MACHINE':
      return `/production/machines/${exception.subjectId}`;
    case 'ITEM':
      return `/inventory?item=${exception.subjectId}`;
    case 'LOT':
      return null;
  }
}

/** How long ago it was raised, in the reader's words: "5 min", "3 h", "2 d". */
export function formatAge(raisedAt: string, now: Date, locale: string): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(raisedAt).getTime()) / 60_000));
  const unit = minutes < 60 ? { value: minutes, unit: 'minute' } : minutes < 48 * 60 ? { value: Math.floor(minutes / 60), unit: 'hour' } : { value: Math.floor(minutes / 1440), unit: 'day' };
  return new Intl.NumberFormat(locale, { style: 'unit', unit: unit.unit, unitDisplay: 'short' }).format(unit.value);
}

export type FormResult<Value> = { value: Value; problem: null } | { value: null; problem: string };

export interface RuleForm {
  kind: ExceptionKind;
  enabled: boolean;
  raiseAt: number;
  mediumAt: number;
  highAt: number;
  criticalAt: number;
  ownerRole: string;
}

/** A rule from its form: numbers that are numbers, thresholds that rise; the graph judges the rest. */
export function readRuleForm(form: FormData): FormResult<RuleForm> {
  const kind = exceptionKinds.find((candidate) => candidate === form.get('kind'));
  if (!kind) return { value: null, problem: 'Choose a kind of exception.' };
  const numbers = {} as Record<'raiseAt' | 'mediumAt' | 'highAt' | 'criticalAt', number>;
  for (const [field, words] of [
    ['raiseAt', 'Raise at'],
    ['mediumAt', 'Medium from'],
    ['highAt', 'High from'],
    ['criticalAt', 'Critical from'],
  ] as const) {
    const raw = String(form.get(field) ?? '').trim();
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value) || value < 0) return { value: null, problem: `${words} must be a number of 0 or more.` };
    numbers[field] = value;
  }
  if (!(numbers.mediumAt <= numbers.highAt && numbers.highAt <= numbers.criticalAt)) return { value: null, problem: 'Thresholds must rise: medium ≤ high ≤ critical.' };
  const ownerRole = String(form.get('ownerRole') ?? '');
  if (!ownerRole) return { value: null, problem: 'Choose whose inbox new exceptions land in.' };
  return { value: { kind, enabled: form.get('enabled') === 'on', ...numbers, ownerRole }, problem: null };
}
