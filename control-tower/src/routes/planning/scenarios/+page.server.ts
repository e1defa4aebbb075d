import { CompareSchedulesDocument, PlanningSitesDocument, ScenariosPageDocument } from '#lib/graphql/__generated__/operations.ts';
import { isUuid, readSite } from '#lib/planning/planning-query.ts';
import { askGraph, outages, refusals } from '#lib/server/graph.ts';

/** Scenarios and their schedule versions at a site; two versions side by side with KPI deltas (by default the live plan's against a scenario's newest). */
export async function load({ url, fetch }) {
  const sites = (await askGraph(fetch, PlanningSitesDocument, {})).data?.sites ?? [];
  const { site, problem: siteProblem } = readSite(url.searchParams, sites);
  const formProblems = siteProblem ? [siteProblem] : [];
  if (!site) return { sites, site: null, scenarios: [], base: null, other: null, comparison: null, formProblems, problems: ['No site is known yet.'] };
  const result = await askGraph(fetch, ScenariosPageDocument, { siteId: site.id });
  const scenarios = result.data?.planScenarios ?? [];

  const asked = (name: 'base' | 'other') => {
    const value = url.searchParams.get(name);
    if (value === null || value === '') return null;
    if (isUuid(value)) return value.toLowerCase();
    formProblems.push(`“${value.slice(0, 40)}” is not a schedule version.`);
    return null;
  };
  const live = scenarios.find((scenario) => scenario.live);
  const base = asked('base') ?? live?.scheduleVersions.find((version) => version.status === 'PUBLISHED')?.id ?? null;
  const newestCopy = scenarios
    .filter((scenario) => !scenario.live)
    .flatMap((scenario) => scenario.scheduleVersions)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const other = asked('other') ?? newestCopy?.id ?? null;
  const compare = url.searchParams.has('base') && url.searchParams.has('other') && base && other;
  const compared = compare ? await askGraph(fetch, CompareSchedulesDocument, { baseId: base, otherId: other }) : null;
  if (compared) formProblems.push(...compared.errors.filter((error) => error.extensions?.code === 'NOT_FOUND').map((error) => error.message), ...refusals(compared.errors));
  return {
    sites,
    site,
    scenarios,
    base,
    other,
    comparison: compared?.data?.compareSchedules ?? null,
    formProblems,
    problems: [...outages(result.errors), ...(compared ? outages(compared.errors.filter((error) => error.extensions?.code !== 'NOT_FOUND')) : [])],
  };
}
