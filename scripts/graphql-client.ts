import { viewerRoleHeader, viewerSitesHeader, viewerSupplierHeader } from '@plexus/host';

/** A GraphQL response as the client sees it, with the HTTP status. */
export interface GraphQLResponse<Data> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } }[];
}

/** Who a request acts as: a role, and for a supplier user its supplier, for a site-scoped user its sites. */
export interface ViewerOptions {
  role?: string;
  supplierId?: string;
  sites?: readonly string[];
}

export async function postGraphQL<Data>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: ViewerOptions = {},
): Promise<GraphQLResponse<Data>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.role) headers[viewerRoleHeader] = options.role;
  if (options.supplierId) headers[viewerSupplierHeader] = options.supplierId;
  if (options.sites) headers[viewerSitesHeader] = options.sites.join(',');
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<Data>, 'status'>) };
}
