import { error } from '@sveltejs/kit';
import { OrdersPageDocument } from '#lib/graphql/__generated__/operations.ts';
import { describeErrors, queryRouter, RouterUnavailableError } from '#lib/graphql/router-client.ts';
import { pageSize, readOrdersQuery } from '#lib/orders-query.ts';
import { routerUrl } from '#lib/server/router.ts';

export async function load({ url, fetch }) {
  const query = readOrdersQuery(url.searchParams);
  try {
    const result = await queryRouter(fetch, routerUrl(), OrdersPageDocument, {
      filter: {
        customerId: query.customerId,
        status: query.status ? [query.status] : null,
        dueFrom: query.dueFrom,
        dueTo: query.dueTo,
      },
      sort: { field: query.sort, direction: query.direction },
      first: pageSize,
      offset: (query.page - 1) * pageSize,
    });
    if (!result.data?.salesOrders) error(502, describeErrors(result.errors).join(' ') || 'The graph returned no orders.');
    return {
      query,
      orders: result.data.salesOrders,
      customers: result.data.customers,
      problems: describeErrors(result.errors),
      today: new Date().toISOString().slice(0, 10),
    };
  } catch (caught) {
    if (caught instanceof RouterUnavailableError) error(503, caught.message);
    throw caught;
  }
}
