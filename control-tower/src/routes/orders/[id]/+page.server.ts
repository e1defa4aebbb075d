import { error } from '@sveltejs/kit';
import { OrderDetailDocument } from '#lib/graphql/__generated__/operations.ts';
import { describeErrors, queryRouter, RouterUnavailableError } from '#lib/graphql/router-client.ts';
import { routerUrl } from '#lib/server/router.ts';

export async function load({ params, fetch }) {
  try {
    const result = await queryRouter(fetch, routerUrl(), OrderDetailDocument, { id: params.id });
    if (result.errors.some((problem) => problem.extensions?.code === 'BAD_USER_INPUT')) error(404, 'There is no order with that id.');
    if (!result.data?.salesOrder) {
      error(result.errors.length ? 502 : 404, result.errors.length ? describeErrors(result.errors).join(' ') : 'There is no order with that id.');
    }
    return { order: result.data.salesOrder, problems: describeErrors(result.errors), today: new Date().toISOString().slice(0, 10) };
  } catch (caught) {
    if (caught instanceof RouterUnavailableError) error(503, caught.message);
    throw caught;
  }
}
