import { error } from '@sveltejs/kit';
import { QualityOverviewDocument, type Grain } from '#lib/graphql/__generated__/operations.ts';
import { grains } from '#lib/kpi/kpi-query.ts';
import { seriesWindow } from '#lib/kpi/periods.ts';
import { clampPage, readPage } from '#lib/paging.ts';
import { askGraph, outages, todayUtc } from '#lib/server/graph.ts';

const periodsShown = 12;
const pageSize = 50;
/** The board shows the newest CAPAs; qms pages lists by 200 at most. */
const capasShown = 200;

/** Quality at a glance: first pass yield by period, nonconformances not yet closed (counted and listed), the CAPA board. */
export async function load({ url, fetch }) {
  const problems: string[] = [];
  const askedGrain = url.searchParams.get('grain');
  let grain: Grain = 'WEEK';
  if (askedGrain !== null) {
    const known = grains.find((candidate) => candidate.value === askedGrain);
    if (known) grain = known.value;
    else problems.push(`“${askedGrain.slice(0, 20)}” is not a period length; showing weeks.`);
  }
  const askedPage = readPage(url.searchParams);
  if (askedPage.problem) problems.push(askedPage.problem);

  const today = todayUtc();
  const window = seriesWindow(today, grain, periodsShown);
  const ask = (page: number) =>
    askGraph(fetch, QualityOverviewDocument, { grain, from: window.from, to: window.to, previousFrom: window.previousFrom, previousTo: window.previousTo, first: pageSize, offset: (page - 1) * pageSize, capas: capasShown });
  let page = askedPage.page;
  let result = await ask(page);
  if (!result.data) error(502, outages(result.errors).join(' ') || 'The graph returned nothing for the quality overview.');
  const clamped = clampPage(page, result.data.notClosed?.totalCount ?? 0, pageSize);
  if (clamped.problem) {
    problems.push(clamped.problem);
    page = clamped.page;
    result = await ask(page);
  }
  const data = result.data!;
  const count = (alias: { totalCount: number } | null | undefined) => alias?.totalCount ?? null;
  return {
    grain,
    page,
    pageSize,
    problems,
    firstPassYield: data.firstPassYield ?? null,
    firstPassYieldBefore: data.firstPassYieldBefore?.points ?? [],
    target: data.kpiDefinitions?.find((definition) => definition.name === 'FIRST_PASS_YIELD')?.target ?? null,
    counts: [
      { status: 'OPEN', supplier: count(data.openSupplier), internal: count(data.openInternal), customer: count(data.openCustomer) },
      { status: 'DISPOSITIONED', supplier: count(data.dispositionedSupplier), internal: count(data.dispositionedInternal), customer: count(data.dispositionedCustomer) },
    ] as const,
    notClosed: data.notClosed ?? null,
    capas: data.capas ?? null,
    outages: outages(result.errors),
    today,
  };
}
