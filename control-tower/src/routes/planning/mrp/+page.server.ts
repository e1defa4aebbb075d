import { fail } from '@sveltejs/kit';
import { FirmPlannedOrderDocument, MrpPageDocument, PlanningSitesDocument, ReleasePlannedOrderDocument, RunMrpDocument } from '#lib/graphql/__generated__/operations.ts';
import type { GraphQLErrorShape } from '#lib/graphql/router-client.ts';
import { readItem } from '#lib/planning/mrp.ts';
import { isUuid, mayPlan, readSite } from '#lib/planning/planning-query.ts';
import { askGraph, outages } from '#lib/server/graph.ts';
import { viewerRoles } from '#lib/server/viewer.ts';

/** An item's time-phased MRP record from the live plan's latest run at a site, its planned orders with pegging, and the action messages. */
export async function load({ url, fetch, cookies }) {
  const [sites, roles] = await Promise.all([askGraph(fetch, PlanningSitesDocument, {}).then((result) => result.data?.sites ?? []), viewerRoles(cookies)]);
  const { site, problem: siteProblem } = readSite(url.searchParams, sites);
  const base = { sites, site, mayPlan: mayPlan(roles) };
  if (!site) return { ...base, scenarioId: null, run: null, record: null, formProblems: siteProblem ? [siteProblem] : [], problems: ['No site is known yet.'] };
  const result = await askGraph(fetch, MrpPageDocument, { siteId: site.id });
  const run = result.data?.livePlan.latestMrpRun ?? null;
  const { record, problem: itemProblem } = run ? readItem(url.searchParams.get('item'), run.records) : { record: null, problem: null };
  return {
    ...base,
    scenarioId: result.data?.livePlan.id ?? null,
    run,
    record,
    formProblems: [siteProblem, itemProblem].filter((problem): problem is string => problem !== null),
    problems: outages(result.errors),
  };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** The graph's refusal in its own words, with the status that fits it. */
function refused(errors: readonly GraphQLErrorShape[]) {
  const code = errors[0]?.extensions?.code;
  return fail(code === 'FORBIDDEN' ? 403 : code === 'NOT_FOUND' ? 404 : code === 'CONFLICT' ? 409 : 400, { problem: errors.map((error) => error.message).join(' ') || 'The graph gave no answer.' });
}

function plannedOrderId(form: FormData) {
  const id = text(form, 'id');
  return isUuid(id) ? id : null;
}

export const actions = {
  run: async ({ request, fetch }) => {
    const form = await request.formData();
    const [scenarioId, siteId] = [text(form, 'scenarioId'), text(form, 'siteId')];
    if (!isUuid(scenarioId) || !isUuid(siteId)) return fail(400, { problem: 'Run MRP from the page of a site.' });
    const result = await askGraph(fetch, RunMrpDocument, { input: { scenarioId, siteId, weeks: 13 } });
    if (!result.data?.runMrp) return refused(result.errors);
    return { done: `MRP run ${result.data.runMrp.number} finished.` };
  },
  firm: async ({ request, fetch }) => {
    const id = plannedOrderId(await request.formData());
    if (!id) return fail(400, { problem: 'That is not a planned order.' });
    const result = await askGraph(fetch, FirmPlannedOrderDocument, { id });
    if (!result.data?.firmPlannedOrder) return refused(result.errors);
    return { done: `${result.data.firmPlannedOrder.number} is firm: later runs keep it.` };
  },
  release: async ({ request, fetch }) => {
    const id = plannedOrderId(await request.formData());
    if (!id) return fail(400, { problem: 'That is not a planned order.' });
    const result = await askGraph(fetch, ReleasePlannedOrderDocument, { id });
    if (!result.data?.releasePlannedOrder) return refused(result.errors);
    const order = result.data.releasePlannedOrder;
    return { done: `${order.number} is released: ${order.kind === 'PURCHASE' ? 'purchasing gets a draft purchase order' : 'production gets a work order'}.` };
  },
};
