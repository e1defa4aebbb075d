import { isCalendarDate } from '../kpi/kpi-query.ts';

/**
 * What a supplier user may do from its portal (issue 11) and how its forms
 * are read. A form is read whole: every problem is named at once, by line,
 * and nothing goes to the graph until there are none. The graph decides the
 * rest (what is still open, what is in the past by its clock) and its refusal
 * is shown as it words it.
 */

export type FormResult<Value> = { value: Value; problems: [] } | { value: null; problems: string[] };

const accepted = <Value>(value: Value): FormResult<Value> => ({ value, problems: [] });
const refused = (problems: string[]): FormResult<never> => ({ value: null, problems });

export type PortalAction = 'confirm' | 'repromise' | 'propose' | 'answer' | 'ship';

interface OrderLine {
  id: string;
  lineNumber: number;
  quantity: number;
  receivedQuantity: number;
  openQuantity: number;
  inTransitQuantity: number;
  overDeliveryTolerance: number;
  promisedDate?: string | null;
}

interface OrderState {
  status: string;
  lines: readonly OrderLine[];
  changes: readonly { origin: string; status: string }[];
}

/** srm's rule for a ship notice: the ordered quantity with its tolerance, less what arrived and what is already on its way. */
export const shippableQuantity = (line: OrderLine) => Math.max(0, line.quantity * (1 + line.overDeliveryTolerance) - line.receivedQuantity - line.inTransitQuantity);

/** Open lines: what a confirmation dates and a ship notice may announce. */
export const openLines = <Line extends OrderLine>(lines: readonly Line[]) => lines.filter((line) => line.openQuantity > 0);

/** The orders a supplier works on: sent to it and not yet received in full. */
export const workingStatuses = ['SENT', 'CONFIRMED', 'PARTIALLY_RECEIVED'] as const;

export function portalActions(order: OrderState): PortalAction[] {
  const working = (workingStatuses as readonly string[]).includes(order.status);
  if (!working) return [];
  const open = openLines(order.lines).length > 0;
  const waiting = order.changes.filter((change) => change.status === 'PROPOSED');
  const actions: PortalAction[] = [];
  if (open) actions.push(order.status === 'SENT' ? 'confirm' : 'repromise');
  // One proposal open per order (srm): while one waits, the supplier answers the buyer's or waits for the buyer's answer to its own.
  if (waiting.length === 0) actions.push('propose');
  if (waiting.some((change) => change.origin === 'BUYER')) actions.push('answer');
  if (order.status !== 'SENT' && order.lines.some((line) => shippableQuantity(line) > 0)) actions.push('ship');
  return actions;
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/** A quantity as typed: blank is none, anything else must be a number above 0. */
function readQuantity(raw: string, where: string, problems: string[]): number | null {
  if (!raw) return null;
  const quantity = Number(raw);
  if (!Number.isFinite(quantity) || quantity <= 0) {
    problems.push(`${where}: “${raw.slice(0, 20)}” is not a quantity above 0.`);
    return null;
  }
  return quantity;
}

function readDate(raw: string, where: string, today: string, problems: string[]): string | null {
  if (!raw) return null;
  if (!isCalendarDate(raw)) problems.push(`${where}: “${raw.slice(0, 20)}” is not a date (YYYY-MM-DD).`);
  else if (raw < today) problems.push(`${where}: ${raw} is in the past.`);
  else return raw;
  return null;
}

/**
 * Promised dates, one per open line (`promisedDate:<line id>`). The first
 * confirmation dates every open line; a re-promise sends only the dates that
 * moved, since an unchanged date is no news to the buyer.
 */
export function readConfirmation(form: FormData, lines: readonly OrderLine[], firstConfirmation: boolean, today: string): FormResult<{ lineId: string; promisedDate: string }[]> {
  const problems: string[] = [];
  const promises: { lineId: string; promisedDate: string }[] = [];
  for (const line of openLines(lines)) {
    const where = `Line ${line.lineNumber}`;
    const raw = text(form, `promisedDate:${line.id}`);
    if (!raw) {
      if (firstConfirmation) problems.push(`${where}: give the date you promise.`);
      continue;
    }
    const date = readDate(raw, where, today, problems);
    if (date && (firstConfirmation || date !== line.promisedDate)) promises.push({ lineId: line.id, promisedDate: date });
  }
  if (problems.length) return refused(problems);
  if (!promises.length) return refused([firstConfirmation ? 'Nothing is left open to confirm.' : 'Change a promised date to re-promise it.']);
  return accepted(promises);
}

export interface ChangeProposal {
  reason: string;
  lines: { lineId: string; quantity: number | null; date: string | null }[];
}

/**
 * Another quantity or date for some lines (`quantity:<line id>`,
 * `date:<line id>`), and why. Dates are proposed only before the first
 * confirmation: after it the supplier re-promises instead (srm's rule).
 */
export function readChangeProposal(form: FormData, order: { status: string; lines: readonly OrderLine[] }, today: string): FormResult<ChangeProposal> {
  const problems: string[] = [];
  const reason = text(form, 'reason');
  if (!reason) problems.push('Say why the order should change.');
  else if (reason.length > 500) problems.push('Keep the reason under 500 characters.');
  const datesAllowed = order.status === 'SENT';
  const lines: ChangeProposal['lines'] = [];
  for (const line of order.lines) {
    const where = `Line ${line.lineNumber}`;
    const quantity = readQuantity(text(form, `quantity:${line.id}`), where, problems);
    const date = datesAllowed ? readDate(text(form, `date:${line.id}`), where, today, problems) : null;
    if (quantity !== null && quantity === line.quantity) problems.push(`${where}: ${quantity} is the quantity already ordered.`);
    else if (quantity !== null || date !== null) lines.push({ lineId: line.id, quantity, date });
  }
  if (problems.length) return refused(problems);
  if (!lines.length) return refused([`Propose another ${datesAllowed ? 'quantity or date' : 'quantity'} for at least one line.`]);
  return accepted({ reason, lines });
}

/** The supplier's answer to the buyer's proposal. */
export function readAnswer(form: FormData): FormResult<{ changeId: string; accept: boolean; note: string | null }> {
  const changeId = text(form, 'change');
  const decision = text(form, 'decision');
  const note = text(form, 'note');
  const problems: string[] = [];
  if (!changeId) problems.push('Say which proposal you answer.');
  if (decision !== 'accept' && decision !== 'reject') problems.push('Accept or reject the proposal.');
  if (note.length > 500) problems.push('Keep the note under 500 characters.');
  if (problems.length) return refused(problems);
  return accepted({ changeId, accept: decision === 'accept', note: note || null });
}

export interface AsnDraft {
  expectedArrival: string;
  lines: { purchaseOrderLineId: string; quantity: number; lotNumber: string; expiryDate: string | null }[];
}

/** `2026-12-04T08:30` from a datetime-local field, read as UTC (the portal shows times in UTC). */
function readArrival(raw: string, now: Date, problems: string[]): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(raw);
  if (!raw) problems.push('Give the expected arrival.');
  else if (!match || !isCalendarDate(match[1]!) || Number(match[2]) > 23 || Number(match[3]) > 59) problems.push(`“${raw.slice(0, 20)}” is not a date and time.`);
  else {
    const arrival = new Date(`${raw}:00Z`);
    if (arrival < now) problems.push('The expected arrival cannot be in the past.');
    else return arrival.toISOString();
  }
  return null;
}

/**
 * A ship notice: for each order line shipped, a quantity, its lot and, for
 * goods that expire, the expiry date (`quantity:`, `lot:`, `expiry:<line id>`);
 * a line left blank is not shipped. Whether the quantity is still open is the
 * graph's to say, so its refusal reaches the form in its words.
 */
export function readAsn(form: FormData, lines: readonly OrderLine[], now: Date): FormResult<AsnDraft> {
  const problems: string[] = [];
  const expectedArrival = readArrival(text(form, 'expectedArrival'), now, problems);
  const today = now.toISOString().slice(0, 10);
  const announced: AsnDraft['lines'] = [];
  const arrivalProblems = problems.length;
  for (const line of lines) {
    const where = `Line ${line.lineNumber}`;
    const rawQuantity = text(form, `quantity:${line.id}`);
    const lotNumber = text(form, `lot:${line.id}`);
    const rawExpiry = text(form, `expiry:${line.id}`);
    if (!rawQuantity) {
      if (lotNumber || rawExpiry) problems.push(`${where}: give the quantity shipped, or leave its lot and expiry blank.`);
      continue;
    }
    const quantity = readQuantity(rawQuantity, where, problems);
    if (!lotNumber) problems.push(`${where}: give the lot number.`);
    else if (lotNumber.length > 40) problems.push(`${where}: a lot number has at most 40 characters.`);
    const expiryDate = readDate(rawExpiry, `${where}: expiry`, today, problems);
    if (quantity !== null && lotNumber) announced.push({ purchaseOrderLineId: line.id, quantity, lotNumber, expiryDate });
  }
  if (problems.length === arrivalProblems && !announced.length) problems.push('Give the quantity shipped on at least one line.');
  if (problems.length || !expectedArrival) return refused(problems);
  return accepted({ expectedArrival, lines: announced });
}

export interface QuoteDraft {
  rfqId: string;
  unitPrice: number;
  currency: string;
  leadTimeDays: number;
  validUntil: string;
}

/** A quote for an RFQ the supplier is invited to: its price per unit, lead time and how long the offer holds. */
export function readQuote(form: FormData, today: string): FormResult<QuoteDraft> {
  const problems: string[] = [];
  const rfqId = text(form, 'rfq');
  if (!rfqId) problems.push('Say which request you quote for.');
  const rawPrice = text(form, 'unitPrice');
  const unitPrice = Number(rawPrice);
  if (!rawPrice || !Number.isFinite(unitPrice) || unitPrice < 0) problems.push(`“${rawPrice.slice(0, 20)}” is not a unit price.`);
  const currency = text(form, 'currency').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) problems.push(`“${currency.slice(0, 10)}” is not a currency code (e.g. EUR).`);
  const rawLead = text(form, 'leadTimeDays');
  const leadTimeDays = Number(rawLead);
  if (!rawLead || !Number.isInteger(leadTimeDays) || leadTimeDays < 0 || leadTimeDays > 365) problems.push(`“${rawLead.slice(0, 20)}” is not a lead time in whole days (0–365).`);
  const rawValid = text(form, 'validUntil');
  const validUntil = rawValid ? readDate(rawValid, 'Valid until', today, problems) : (problems.push('Say until when the offer holds.'), null);
  if (problems.length || !validUntil) return refused(problems);
  return accepted({ rfqId, unitPrice, currency, leadTimeDays, validUntil });
}
