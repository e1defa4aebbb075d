import { composeServices } from '@apollo/composition';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { defaultSubgraphUrl, subgraphCatalogue } from './subgraph-catalogue.ts';

export const repositoryRoot = new URL('../../', import.meta.url);
export const supergraphPath = new URL('../supergraph.graphql', import.meta.url);

/** Composes the supergraph from every subgraph's SDL; a composition error names each conflict and throws. */
export function composeSupergraph(): string {
  const result = composeServices(
    subgraphCatalogue.map((entry) => ({
      name: entry.name,
      url: defaultSubgraphUrl(entry, {}),
      typeDefs: parse(readFileSync(new URL(entry.schemaPath, repositoryRoot), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
