import { fail } from '@sveltejs/kit';
import {
  CommitOperationMoveDocument,
  CommitRushOrderDocument,
  EvaluateOperationMoveDocument,
  EvaluateRushOrderDocument,
  PlanningScheduleDocument,
  PlanningSitesDocument,
} from '#lib/graphql/__generated__/operations.ts';
import type { GanttView } from '#lib/planning/gantt.ts';
import { askGraph, outages, todayUtc } from '#lib/server/graph.ts';

/** The live schedule of a site on a Gantt chart, with drags and rush orders weighed before they are committed. */
export async function load({ url, fetch }) {
  const sites = (await askGraph(fetch, PlanningSitesDocument, {})).data?.sites ?? [];
  const requested = url.searchParams.get('site');
  const site = sites.find((candidate) => candidate.id === requested) ?? sites.find((candidate) => candidate.code.startsWith('PLT')) ?? sites[0] ?? null;
  const view: GanttView = url.searchParams.get('view') === 'order' ? 'order' : 'machine';
  if (!site) return { sites, site: null, view, schedule: null, items: [], problems: ['No site is known yet.'], now: new Date().toISOString(), today: todayUtc() };
  const result = await askGraph(fetch, PlanningScheduleDocument, { siteId: site.id });
  return {
    sites,
    site,
    view,
    schedule: result.data?.livePlan.schedule ?? null,
    items: (result.data?.items ?? []).filter((item) => item.type !== 'RM'),
    problems: outages(result.errors),
    now: new Date().toISOString(),
    today: todayUtc(),
  };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

function moveInput(form: FormData) {
  return {
    scheduleVersionId: text(form, 'scheduleVersionId'),
    workOrderId: text(form, 'workOrderId'),
    sequence: Number(text(form, 'sequence')),
    machineId: text(form, 'machineId'),
    start: text(form, 'start'),
  };
}

function rushInput(form: FormData) {
  const quantity = Number(text(form, 'quantity'));
  return {
    siteId: text(form, 'siteId'),
    itemId: text(form, 'itemId'),
    quantity: Number.isFinite(quantity) ? quantity : 0,
    dueDate: text(form, 'dueDate'),
    mode: text(form, 'mode') === 'AT_ANY_COST' ? ('AT_ANY_COST' as const) : ('LEAST_DISRUPTION' as const),
  };
}

const problemOf = (errors: readonly { message: string }[]) => errors.map((error) => error.message).join(' ');

export const actions = {
  evaluateMove: async ({ request, fetch }) => {
    const input = moveInput(await request.formData());
    const result = await askGraph(fetch, EvaluateOperationMoveDocument, { input });
    if (!result.data?.evaluateOperationMove) return fail(400, { move: { input, problem: problemOf(result.errors) } });
    return { move: { input, evaluation: result.data.evaluateOperationMove } };
  },
  commitMove: async ({ request, fetch }) => {
    const input = moveInput(await request.formData());
    const result = await askGraph(fetch, CommitOperationMoveDocument, { input });
    if (!result.data?.commitOperationMove) return fail(400, { move: { input, problem: problemOf(result.errors) } });
    return { committed: `Published ${result.data.commitOperationMove.scheduleVersion?.number ?? ''}` };
  },
  evaluateRush: async ({ request, fetch }) => {
    const input = rushInput(await request.formData());
    const result = await askGraph(fetch, EvaluateRushOrderDocument, { input });
    if (!result.data?.evaluateRushOrder) return fail(400, { rush: { input, problem: problemOf(result.errors) } });
    return { rush: { input, evaluation: result.data.evaluateRushOrder } };
  },
  commitRush: async ({ request, fetch }) => {
    const input = rushInput(await request.formData());
    const result = await askGraph(fetch, CommitRushOrderDocument, { input });
    if (!result.data?.commitRushOrder) return fail(400, { rush: { input, problem: problemOf(result.errors) } });
    const committed = result.data.commitRushOrder;
    return { committed: `Rush order committed: ${committed.plannedOrder?.number ?? ''} in ${committed.scheduleVersion?.number ?? ''}, finishing ${committed.completion}` };
  },
};
