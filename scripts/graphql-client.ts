import { viewerRoleHeader } from '@plexus/host';

/** A GraphQL response as the client sees it, with the HTTP status. */
export interface GraphQLResponse<Data> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } }[];
}

export async function postGraphQL<Data>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { role?: string; /** A bearer token, for a router that verifies callers. */ token?: string } = {},
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.role ? { [viewerRoleHeader]: options.role } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<Data>, 'status'>) };
}
