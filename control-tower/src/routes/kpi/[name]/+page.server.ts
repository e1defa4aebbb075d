import { error } from '@sveltejs/kit';
import { KpiDefinitionsDocument, KpiDetailDocument, KpiFilterOptionsDocument, type KpiName } from '#lib/graphql/__generated__/operations.ts';
import { contributionsPageSize, kpiNameOf } from '#lib/kpi/kpi-catalogue.ts';
import { kpiFilter, knownFilters, readKpiQuery, type KpiQuery } from '#lib/kpi/kpi-query.ts';
import { periodEnd, periodStart, seriesWindow } from '#lib/kpi/periods.ts';
import { clampPage, readPage } from '#lib/paging.ts';
import { askGraph, outages, refusals, todayUtc } from '#lib/server/graph.ts';

const periodsShown = 12;
const filterWords = { siteId: 'site', customerId: 'customer', itemId: 'item', supplierId: 'supplier' } as const;

/** One KPI: its series with target and the window before, and the records behind the chosen period. */
export async function load({ params, url, fetch }) {
  const today = todayUtc();
  const [definitions, options] = await Promise.all([askGraph(fetch, KpiDefinitionsDocument, {}), askGraph(fetch, KpiFilterOptionsDocument, {})]);
  if (!definitions.data) error(503, outages(definitions.errors).join(' ') || 'The measures are not available right now.');
  const definition = definitions.data.kpiDefinitions.find((candidate) => candidate.name === kpiNameOf(params.name));
  if (!definition) error(404, `There is no measure called “${params.name.slice(0, 60)}”.`);

  const { query: asked, problems } = readKpiQuery(url.searchParams, today);
  const filterOptions = { sites: options.data?.sites ?? [], customers: options.data?.customers ?? [], items: options.data?.items ?? [], suppliers: options.data?.suppliers.items ?? [] };
  let query: KpiQuery = options.data ? knownFilters(asked, filterOptions, problems) : asked;
  // A dimension this measure does not break down by is named, not sent: the graph would refuse the whole page.
  for (const [field, word] of Object.entries(filterWords) as [keyof typeof filterWords, (typeof filterWords)[keyof typeof filterWords]][]) {
    if (query[field] && !definition.filters.includes(field)) {
      problems[word] = `${definition.label} does not break down by ${word}; showing all ${word}s.`;
      query = { ...query, [field]: null };
    }
  }

  const asOf = query.asOf ?? today;
  const window = seriesWindow(asOf, query.grain, periodsShown);
  const requestedPeriod = url.searchParams.get('period');
  let period = periodStart(asOf, query.grain);
  const contributionProblems: string[] = [];
  if (requestedPeriod) {
    if (requestedPeriod >= window.from && requestedPeriod <= asOf && periodStart(requestedPeriod, query.grain) === requestedPeriod) period = requestedPeriod;
    else contributionProblems.push(`“${requestedPeriod.slice(0, 20)}” is not a period of this chart; showing the latest.`);
  }
  const onlyFailing = url.searchParams.get('records') !== 'all';
  const askedPage = readPage(url.searchParams);
  if (askedPage.problem) contributionProblems.push(askedPage.problem);

  const periodTo = [periodEnd(period, query.grain), asOf].sort()[0]!;
  const detail = (page: number) =>
    askGraph(fetch, KpiDetailDocument, {
      name: definition.name as KpiName,
      grain: query.grain,
      from: window.from,
      to: window.to,
      previousFrom: window.previousFrom,
      previousTo: window.previousTo,
      filter: kpiFilter(query),
      contributionsFrom: period,
      contributionsTo: periodTo,
      onlyFailing,
      first: contributionsPageSize,
      offset: (page - 1) * contributionsPageSize,
    });
  let page = askedPage.page;
  let result = await detail(page);
  const total = result.data?.kpiContributions.totalCount ?? 0;
  const clamped = clampPage(page, total, contributionsPageSize);
  if (clamped.problem) {
    contributionProblems.push(clamped.problem);
    page = clamped.page;
    result = await detail(page);
  }

  return {
    definition,
    query,
    problems,
    contributionProblems,
    period: { start: period, end: periodTo },
    onlyFailing,
    page,
    series: result.data?.series ?? null,
    previousSeries: result.data?.previousSeries ?? null,
    contributions: result.data?.kpiContributions ?? null,
    refused: refusals(result.errors),
    outages: [...new Set([...outages(options.errors), ...outages(result.errors)])],
    options: filterOptions,
    today,
  };
}
