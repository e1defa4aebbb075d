import type { GanttView } from './gantt.ts';

/**
 * The planning pages' URL parameters and forms, read before anything asks
 * the graph: what is malformed becomes a sentence for the page's form
 * problems, never an error page.
 */

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => uuid.test(value);

/**
 * A form action that keeps the page's parameters: after it, the tower shows
 * the page at the action's address, so `?/firm` alone would drop the item or
 * view the reader was on.
 */
export function actionOn(search: string, name: string): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith('/')) params.delete(key);
  const kept = params.toString();
  return `?${kept ? `${kept}&` : ''}/${name}`;
}

/** Who may change plans (aps' rule: planners; administrators always may). */
export const mayPlan = (roles: readonly string[]) => roles.includes('planner') || roles.includes('admin');

const shown = (value: string) => `“${value.slice(0, 40)}”`;

interface Site {
  id: string;
  code: string;
  name: string;
}

/** The site asked for, else the first plant, else the first site; an unknown one is named. */
export function readSite<S extends Site>(params: URLSearchParams, sites: readonly S[]): { site: S | null; problem: string | null } {
  const asked = params.get('site');
  const fallback = sites.find((candidate) => candidate.code.startsWith('PLT')) ?? sites[0] ?? null;
  if (asked === null || asked === '') return { site: fallback, problem: null };
  const site = sites.find((candidate) => candidate.id === asked.toLowerCase());
  if (site) return { site, problem: null };
  return { site: fallback, problem: `${shown(asked)} is not a site${fallback ? `; showing ${fallback.name}` : ''}.` };
}

export function readView(params: URLSearchParams): { view: GanttView; problem: string | null } {
  const asked = params.get('view');
  if (asked === null || asked === '' || asked === 'machine') return { view: 'machine', problem: null };
  if (asked === 'order') return { view: 'order', problem: null };
  return { view: 'machine', problem: `${shown(asked)} is not a view of the schedule; showing it by machine.` };
}

/** A real calendar day written YYYY-MM-DD (not 2026-02-30). */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

export type FormResult<Value> = { value: Value; problem: null } | { value: null; problem: string };

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

export interface MoveInput {
  scheduleVersionId: string;
  workOrderId: string;
  sequence: number;
  machineId: string;
  start: string;
}

/** A dropped operation: ids, a whole step number and a point in time (aps refuses one inside the site's frozen horizon, in its words). */
export function readMove(form: FormData): FormResult<MoveInput> {
  const input = { scheduleVersionId: text(form, 'scheduleVersionId'), workOrderId: text(form, 'workOrderId'), machineId: text(form, 'machineId') };
  for (const [name, value] of Object.entries(input)) if (!isUuid(value)) return { value: null, problem: `${shown(value)} is not a ${name.replace(/Id$/, '').replace(/([A-Z])/g, ' $1').toLowerCase()} id.` };
  const sequence = Number(text(form, 'sequence'));
  if (!Number.isInteger(sequence) || sequence < 0) return { value: null, problem: `${shown(text(form, 'sequence'))} is not a routing step.` };
  const start = new Date(text(form, 'start'));
  if (Number.isNaN(start.getTime())) return { value: null, problem: `${shown(text(form, 'start'))} is not a point in time.` };
  return { value: { ...input, sequence, start: start.toISOString() }, problem: null };
}

export interface RushInput {
  siteId: string;
  itemId: string;
  quantity: number;
  dueDate: string;
  mode: 'LEAST_DISRUPTION' | 'AT_ANY_COST';
}

/** A rush order of an item: a positive quantity, a real day not before today, and how hard to push. */
export function readRush(form: FormData, today: string): { input: Omit<RushInput, 'quantity'> & { quantity: string }; value: RushInput | null; problem: string | null } {
  const modeAsked = text(form, 'mode');
  const input = {
    siteId: text(form, 'siteId'),
    itemId: text(form, 'itemId'),
    quantity: text(form, 'quantity'),
    dueDate: text(form, 'dueDate'),
    mode: modeAsked === 'AT_ANY_COST' ? ('AT_ANY_COST' as const) : ('LEAST_DISRUPTION' as const),
  };
  const refuse = (problem: string) => ({ input, value: null, problem });
  if (!isUuid(input.siteId)) return refuse(`${shown(input.siteId)} is not a site id.`);
  if (!isUuid(input.itemId)) return refuse('Choose the item to rush.');
  const quantity = Number(input.quantity);
  if (input.quantity === '' || !Number.isFinite(quantity) || quantity <= 0) return refuse(`${shown(input.quantity)} is not a quantity: give a number greater than 0.`);
  if (!isDay(input.dueDate)) return refuse(`${shown(input.dueDate)} is not a day (YYYY-MM-DD).`);
  if (input.dueDate < today) return refuse(`The due date ${input.dueDate} is in the past.`);
  if (modeAsked !== 'AT_ANY_COST' && modeAsked !== 'LEAST_DISRUPTION') return refuse(`${shown(modeAsked)} is not a way to rush an order.`);
  return { input, value: { ...input, quantity }, problem: null };
}
