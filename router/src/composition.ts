import { composeServices } from '@apollo/composition';
import { discoverSubgraphs, readSchema } from '@plexus/host';

export const supergraphPath = new URL('../supergraph.graphql', import.meta.url);

/**
 * Composes the supergraph from every declared system's SDL, each at its
 * default port; a composition error names each conflict and throws.
 */
export async function composeSupergraph(): Promise<string> {
  const systems = await discoverSubgraphs();
  const result = composeServices(
    systems.map(({ declaration }) => ({
      name: declaration.name,
      url: `http://127.0.0.1:${declaration.defaultPort}/`,
      typeDefs: readSchema(declaration.schema),
    })),
  );
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
