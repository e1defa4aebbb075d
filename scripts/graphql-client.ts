/** A GraphQL response as the client sees it, with the HTTP status. */
export interface GraphQLResponse<Data> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } }[];
}

/** Who a request acts as: a role, and for a supplier user its supplier, for a site-scoped user its sites (the stack signs a token for it). */
export interface ViewerOptions {
  role?: string;
  supplierId?: string;
  sites?: readonly string[];
}

/** Posts an operation, signed in with `token` when given (the router refuses requests without one). */
export async function postGraphQL<Data>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string } = {},
): Promise<GraphQLResponse<Data>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<Data>, 'status'>) };
}
