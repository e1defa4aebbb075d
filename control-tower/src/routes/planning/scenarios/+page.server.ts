import { CompareSchedulesDocument, PlanningSitesDocument, ScenariosPageDocument } from '#lib/graphql/__generated__/operations.ts';
import { askGraph, outages } from '#lib/server/graph.ts';

/** Scenarios and their schedule versions; two versions side by side with KPI deltas. */
export async function load({ url, fetch }) {
  const sites = (await askGraph(fetch, PlanningSitesDocument, {})).data?.sites ?? [];
  const requested = url.searchParams.get('site');
  const site = sites.find((candidate) => candidate.id === requested) ?? sites.find((candidate) => candidate.code.startsWith('PLT')) ?? sites[0] ?? null;
  if (!site) return { sites, site: null, scenarios: [], comparison: null, problems: ['No site is known yet.'] };
  const result = await askGraph(fetch, ScenariosPageDocument, { siteId: site.id });
  const base = url.searchParams.get('base');
  const other = url.searchParams.get('other');
  const compared = base && other ? await askGraph(fetch, CompareSchedulesDocument, { baseId: base, otherId: other }) : null;
  return {
    sites,
    site,
    scenarios: result.data?.planScenarios ?? [],
    comparison: compared?.data?.compareSchedules ?? null,
    problems: [...outages(result.errors), ...(compared ? compared.errors.map((error) => error.message) : [])],
  };
}
