import { openSubgraph } from '@plexus/host';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { confirmSalesOrder, createCustomer, createItem, createSalesOrder, createSite } from '@plexus/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCrmContext } from '../src/context.ts';
import { forecastDemandFromHistory } from '../src/demand-forecast/demand-forecast.service.ts';
import { subgraph } from '../src/subgraph.ts';

let stack: Stack;
beforeAll(async () => {
  // Background polls would add their statements to the counts below.
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
});
afterAll(async () => {
  await stack?.stop();
});

const dayMs = 86_400_000;
const thisMonday = () => {
  const today = new Date();
  return new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * dayMs).toISOString().slice(0, 10);
};
const mondayIn = (weeks: number) => new Date(Date.parse(`${thisMonday()}T00:00:00Z`) + weeks * 7 * dayMs).toISOString().slice(0, 10);

const setForecast = `mutation ($input: SetDemandForecastInput!) { setDemandForecast(input: $input) { weekStart quantity source item { id sku } site { id } } }`;
const forecasts = `query ($filter: DemandForecastFilter!) { demandForecasts(filter: $filter) { weekStart quantity source item { sku } } }`;

async function writes() {
  const [row] = await stack.database.query<{ forecasts: number; events: number }>(
    `SELECT (SELECT count(*)::int FROM crm.demand_forecast) AS forecasts,
            (SELECT count(*)::int FROM analytics.supply_chain_event WHERE type = 'crm.DemandForecastChanged') AS events`,
  );
  return row!;
}

describe('demand forecasts', () => {
  it('stores a planner’s weekly forecast, replaces only the weeks given, and tells planning', async () => {
    const [item, site] = [await createItem(stack), await createSite(stack)];
    const first = await stack.query(setForecast, { input: { itemId: item.id, siteId: site.id, source: 'SALES', weeks: [{ weekStart: mondayIn(1), quantity: 10 }, { weekStart: mondayIn(2), quantity: 12 }] } });
    expect(first.errors).toBeUndefined();
    expect(first.data.setDemandForecast.map((week: { quantity: number }) => week.quantity)).toEqual([10, 12]);
    await stack.query(setForecast, { input: { itemId: item.id, siteId: site.id, source: 'SALES', weeks: [{ weekStart: mondayIn(2), quantity: 20 }] } });
    const read = await stack.query(forecasts, { filter: { itemIds: [item.id], siteId: site.id } });
    expect(read.data.demandForecasts).toEqual([
      { weekStart: mondayIn(1), quantity: 10, source: 'SALES', item: { sku: item.sku } },
      { weekStart: mondayIn(2), quantity: 20, source: 'SALES', item: { sku: item.sku } },
    ]);
    const [event] = await stack.database.query<{ payload: { weeks: unknown[] } }>(
      "SELECT payload FROM analytics.supply_chain_event WHERE type = 'crm.DemandForecastChanged' AND item_id = $1 ORDER BY time DESC, id DESC LIMIT 1",
      [item.id],
    );
    expect(event!.payload.weeks).toEqual([{ weekStart: mondayIn(2), quantity: 20 }]);
  });

  it('refuses a day that is not a Monday, a past week, an unknown item, a malformed id and a reader, writing nothing', async () => {
    const [item, site] = [await createItem(stack), await createSite(stack)];
    const before = await writes();
    const tuesday = new Date(Date.parse(`${mondayIn(1)}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ itemId: item.id, siteId: site.id, source: 'SALES', weeks: [{ weekStart: tuesday, quantity: 1 }] }, 'BAD_USER_INPUT'],
      [{ itemId: item.id, siteId: site.id, source: 'SALES', weeks: [{ weekStart: mondayIn(-2), quantity: 1 }] }, 'BAD_USER_INPUT'],
      [{ itemId: item.id, siteId: site.id, source: 'SALES', weeks: [{ weekStart: mondayIn(1), quantity: -5 }] }, 'BAD_USER_INPUT'],
      [{ itemId: '0196a8f0-0000-7000-8000-000000000000', siteId: site.id, source: 'SALES', weeks: [{ weekStart: mondayIn(1), quantity: 1 }] }, 'NOT_FOUND'],
      [{ itemId: 'not-an-id', siteId: site.id, source: 'SALES', weeks: [{ weekStart: mondayIn(1), quantity: 1 }] }, 'BAD_USER_INPUT'],
      [{ itemId: item.id, siteId: site.id, source: 'SALES', weeks: [{ weekStart: mondayIn(1), quantity: 1 }] }, 'FORBIDDEN', 'analyst'],
    ];
    for (const [input, code, role] of cases) {
      const result = await stack.query(setForecast, { input }, role ? { role } : {});
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
    }
    expect(await writes()).toEqual(before);
  });

  it('forecasts from order history: a week of 45 units ordered makes the next weeks’ forecast 45', async () => {
    const [item, site, customer] = [await createItem(stack), await createSite(stack), await createCustomer(stack)];
    for (let order = 0; order < 3; order += 1) {
      const created = await createSalesOrder(stack, { customerId: customer.id, siteId: site.id }, [{ itemId: item.id, quantity: 15 }]);
      await confirmSalesOrder(stack, created.id);
    }
    const cancelled = await createSalesOrder(stack, { customerId: customer.id, siteId: site.id }, [{ itemId: item.id, quantity: 500 }]);
    await stack.query(`mutation ($id: ID!) { cancelSalesOrder(id: $id, reason: "Test", requestedBy: CUSTOMER) { id } }`, { id: cancelled.id });
    const through = await stack.query(`mutation ($itemId: ID!, $siteId: ID!) { forecastDemandFromHistory(itemId: $itemId, siteId: $siteId, weeks: 2) { quantity } }`, {
      itemId: item.id,
      siteId: site.id,
    });
    // This week is not over, so it is not history yet: nothing to learn from.
    expect(through.data.forecastDemandFromHistory).toEqual([{ quantity: 0 }, { quantity: 0 }]);
    // A week later, this week is history; the cancelled order is not demand.
    const orm = await openSubgraph(subgraph, stack.database);
    try {
      const nextWeek = new Date(Date.parse(`${mondayIn(1)}T09:00:00Z`));
      const forecast = await forecastDemandFromHistory(createCrmContext(orm.em, { role: 'planner' }, () => nextWeek), { itemId: item.id, siteId: site.id, weeks: 3 });
      expect(forecast.map((week) => [week.weekStart, week.quantity, week.source])).toEqual([1, 2, 3].map((weeks) => [mondayIn(weeks), 45, 'STATISTICAL']));
    } finally {
      await orm.close();
    }
  });

  it('reads forecasts of many items in as many statements as of one', async () => {
    const site = await createSite(stack);
    const items: { id: string }[] = [];
    for (let index = 0; index < 12; index += 1) {
      const item = await createItem(stack);
      items.push(item);
      await stack.query(setForecast, { input: { itemId: item.id, siteId: site.id, source: 'SALES', weeks: [{ weekStart: mondayIn(1), quantity: index }] } });
    }
    const count = async (n: number) =>
      (await stack.database.statements.measure(() => stack.query(forecasts, { filter: { itemIds: items.slice(0, n).map((item) => item.id), siteId: site.id } }), 'crm')).statements;
    expect(await count(12)).toBe(await count(1));
  });
});
