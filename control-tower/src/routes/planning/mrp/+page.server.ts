import { fail } from '@sveltejs/kit';
import { FirmPlannedOrderDocument, MrpPageDocument, ReleasePlannedOrderDocument, RunMrpDocument } from '#lib/graphql/__generated__/operations.ts';
import { askGraph, outages } from '#lib/server/graph.ts';

/** An item's time-phased MRP record from the live plan's latest run at a site, its planned orders with pegging, and the action messages. */
export async function load({ url, fetch }) {
  const requested = url.searchParams.get('site');
  const sites = (await askGraph(fetch, MrpPageDocument, { siteId: requested ?? '00000000-0000-7000-8000-000000000000' })).data?.sites ?? [];
  const site = sites.find((candidate) => candidate.id === requested) ?? sites.find((candidate) => candidate.code.startsWith('PLT')) ?? sites[0] ?? null;
  if (!site) return { sites, site: null, scenarioId: null, run: null, items: [], itemId: null, problems: ['No site is known yet.'] };
  const result = await askGraph(fetch, MrpPageDocument, { siteId: site.id });
  const run = result.data?.livePlan.latestMrpRun ?? null;
  const itemId = url.searchParams.get('item') ?? run?.records.find((record) => record.lowLevelCode === 0)?.item.id ?? null;
  return { sites, site, scenarioId: result.data?.livePlan.id ?? null, run, items: result.data?.items ?? [], itemId, problems: outages(result.errors) };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

export const actions = {
  run: async ({ request, fetch }) => {
    const form = await request.formData();
    const result = await askGraph(fetch, RunMrpDocument, { input: { scenarioId: text(form, 'scenarioId'), siteId: text(form, 'siteId'), weeks: 13 } });
    if (!result.data?.runMrp) return fail(400, { problem: result.errors.map((error) => error.message).join(' ') });
    return { done: `MRP run ${result.data.runMrp.number} finished` };
  },
  firm: async ({ request, fetch }) => {
    const result = await askGraph(fetch, FirmPlannedOrderDocument, { id: text(await request.formData(), 'id') });
    if (!result.data?.firmPlannedOrder) return fail(400, { problem: result.errors.map((error) => error.message).join(' ') });
    return { done: 'Planned order firmed' };
  },
  release: async ({ request, fetch }) => {
    const result = await askGraph(fetch, ReleasePlannedOrderDocument, { id: text(await request.formData(), 'id') });
    if (!result.data?.releasePlannedOrder) return fail(400, { problem: result.errors.map((error) => error.message).join(' ') });
    return { done: 'Planned order released' };
  },
};
