import { InventoryPageDocument, InventoryTurnsAtSiteDocument } from '#lib/graphql/__generated__/operations.ts';
import { combinedTurns, windowChoices, type Turns } from '#lib/inventory/inventory-position.ts';
import { addDays } from '#lib/kpi/periods.ts';
import { readId, type Problems } from '#lib/kpi/kpi-query.ts';
import { askGraph, outages, todayUtc } from '#lib/server/graph.ts';

type Field = 'site' | 'days' | 'item';

/** Inventory: turns and days of inventory by item and site, slow movers, excess, expiring lots, stock per warehouse. */
export async function load({ url, fetch }) {
  const today = todayUtc();
  const problems: Problems<Field> = {};
  const requestedDays = url.searchParams.get('days');
  const days = windowChoices.find((choice) => String(choice) === requestedDays) ?? 90;
  if (requestedDays && String(days) !== requestedDays) problems.days = `“${requestedDays.slice(0, 20)}” is not one of the windows (30, 90 or 365 days); showing 90.`;
  let siteId = readId(url.searchParams, 'site', 'site', 'site', problems);
  let itemId = readId(url.searchParams, 'item', 'item', 'item', problems);
  // The window ends yesterday: today's inventory snapshot is not taken yet.
  const to = addDays(today, -1);
  const from = addDays(to, 1 - days);

  const result = await askGraph(fetch, InventoryPageDocument, { from, to });
  const sites = result.data?.sites ?? [];
  if (siteId && !sites.some((site) => site.id === siteId)) {
    problems.site = `There is no site with id ${siteId}; showing all sites.`;
    siteId = null;
  }
  const items = result.data?.items ?? [];
  if (itemId && !items.some((item) => item.id === itemId)) {
    problems.item = `There is no item with id ${itemId}.`;
    itemId = null;
  }
  const atSites = await Promise.all(sites.map((site) => askGraph(fetch, InventoryTurnsAtSiteDocument, { from, to, siteId: site.id })));
  const bySite = sites.map((site, index) => ({
    site,
    turns: combinedTurns(atSites[index]!.data?.items.map((item) => item.inventoryTurns) ?? [], days),
    items: new Map((atSites[index]!.data?.items ?? []).map((item) => [item.id, item.inventoryTurns as Turns])),
  }));
  const chosen = siteId ? bySite.find((entry) => entry.site.id === siteId) : null;

  return {
    window: { from, to, days },
    siteId,
    itemId,
    problems,
    sites,
    bySite: bySite.map(({ site, turns }) => ({ site, turns })),
    overall: combinedTurns(items.map((item) => item.inventoryTurns), days),
    // With a site chosen, each item's turns are those at the site.
    items: items.map((item) => ({ ...item, inventoryTurns: chosen?.items.get(item.id) ?? item.inventoryTurns })),
    balances: result.data?.stockBalances ?? [],
    outages: [...new Set([...outages(result.errors), ...atSites.flatMap((site) => outages(site.errors))])],
    today,
  };
}
