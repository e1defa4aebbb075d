/**
 * The subgraphs the router composes: where each one's SDL lives, and where it
 * listens unless the environment says otherwise.
 */
export interface SubgraphEntry {
  name: string;
  /** Path of the SDL from the repository root. */
  schemaPath: string;
  portVariable: string;
  defaultPort: number;
}

export const subgraphCatalogue: readonly SubgraphEntry[] = [
  { name: 'crm', schemaPath: 'subgraphs/crm/schema.graphql', portVariable: 'CRM_PORT', defaultPort: 4001 },
  { name: 'erp', schemaPath: 'subgraphs/erp/schema.graphql', portVariable: 'ERP_PORT', defaultPort: 4002 },
  { name: 'wms', schemaPath: 'subgraphs/wms/schema.graphql', portVariable: 'WMS_PORT', defaultPort: 4003 },
  { name: 'analytics', schemaPath: 'analytics/schema.graphql', portVariable: 'ANALYTICS_PORT', defaultPort: 4004 },
];

export function defaultSubgraphUrl(entry: SubgraphEntry, env: NodeJS.ProcessEnv = process.env): string {
  return `http://127.0.0.1:${env[entry.portVariable] ?? entry.defaultPort}/`;
}
