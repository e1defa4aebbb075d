import { error } from '@sveltejs/kit';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { queryRouter, RouterUnavailableError, type GraphQLErrorShape, type RouterResult } from '../graphql/router-client.ts';
import { routerUrl } from './router.ts';

/**
 * The one way a page's server load asks the graph: the router's address (and,
 * once the router asks for one, the signed-in identity) are decided here. An
 * unreachable graph is a 503 page; anything the graph answers is the page's to show.
 */
export async function askGraph<Data, Variables extends Record<string, unknown>>(
  fetcher: typeof fetch,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<RouterResult<Data>> {
  try {
    return await queryRouter(fetcher, routerUrl(), document, variables);
  } catch (caught) {
    if (caught instanceof RouterUnavailableError) error(503, caught.message);
    throw caught;
  }
}

/** The graph's refusals of what the reader asked for (bad input), as sentences for the form. */
export const refusals = (errors: readonly GraphQLErrorShape[]) =>
  [...new Set(errors.filter((problem) => problem.extensions?.code === 'BAD_USER_INPUT').map((problem) => problem.message))];

/** Everything else the graph reported: systems that did not answer, for a banner above partial data. */
export const outages = (errors: readonly GraphQLErrorShape[]) =>
  [...new Set(errors.filter((problem) => problem.extensions?.code !== 'BAD_USER_INPUT').map((problem) => problem.message))];

export const todayUtc = () => new Date().toISOString().slice(0, 10);
