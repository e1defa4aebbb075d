import { SopChoicesDocument, SopPlanDocument } from '#lib/graphql/__generated__/operations.ts';
import { askGraph, outages, refusals } from '#lib/server/graph.ts';
import { readSopQuery, thisMonthOf } from './sop-query.ts';

/**
 * What the S&OP page and its exports read: the families and scenarios to
 * choose from, the query the URL asks for, and the live plan with, when a
 * scenario is chosen, the scenario's plan beside it.
 */
export async function readSop(fetcher: typeof fetch, url: URL, now = new Date()) {
  const choices = await askGraph(fetcher, SopChoicesDocument, {});
  const families = choices.data?.productFamilies ?? [];
  const scenarios = choices.data?.planScenarios ?? [];
  const { query, problems } = readSopQuery(url.searchParams, { families, scenarios }, thisMonthOf(now));
  const family = families.find((candidate) => candidate.id === query.familyId) ?? null;
  if (!family) return { families, scenarios, query, family, problems, outages: outages(choices.errors), live: null, scenario: null };
  const ask = (scenarioId: string | null) => askGraph(fetcher, SopPlanDocument, { familyId: family.id, scenarioId, from: query.from, months: query.months });
  const [live, scenario] = await Promise.all([ask(null), query.scenarioId ? ask(query.scenarioId) : null]);
  const errors = [...choices.errors, ...live.errors, ...(scenario?.errors ?? [])];
  return {
    families,
    scenarios,
    query,
    family,
    problems: [...problems, ...refusals(errors)],
    outages: outages(errors),
    live: live.data?.salesAndOperationsPlan ?? null,
    scenario: scenario?.data?.salesAndOperationsPlan ?? null,
  };
}
