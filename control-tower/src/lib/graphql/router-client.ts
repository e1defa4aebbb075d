import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; serviceName?: string };
}

/** What the router answered: data (possibly partial) and the errors that came with it. */
export interface RouterResult<Data> {
  data: Data | null;
  errors: GraphQLErrorShape[];
}

export class RouterUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RouterUnavailableError';
  }
}

/**
 * Runs a typed operation against the router. Partial data is returned with its
 * errors so a page can still show what the available systems know.
 */
export async function queryRouter<Data, Variables extends Record<string, unknown>>(
  fetcher: typeof fetch,
  routerUrl: string,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<RouterResult<Data>> {
  let response: Response;
  try {
    response = await fetcher(routerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch {
    throw new RouterUnavailableError('The Plexus graph is not reachable right now.');
  }
  const body = (await response.json().catch(() => null)) as { data?: Data | null; errors?: GraphQLErrorShape[] } | null;
  if (!body) throw new RouterUnavailableError(`The Plexus graph answered ${response.status} without a readable body.`);
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

/** One sentence per distinct problem, for a banner above partial data. */
export function describeErrors(errors: readonly GraphQLErrorShape[]): string[] {
  return [...new Set(errors.map((error) => error.message))];
}
