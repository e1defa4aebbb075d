import { loadCodegenConfig, type CodegenConfig } from '@graphql-codegen/cli';
import { discoverSubgraphs } from '@plexus/host';

/**
 * codegen.yml (shared settings, the control tower's operations) plus one
 * block per declared system: its resolver types from its own SDL, with the
 * context type and entity mappers its declaration names.
 */
export async function codegenConfig(): Promise<CodegenConfig> {
  const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
  const generates = { ...(config.generates as Record<string, unknown>) };
  for (const { dir, declaration } of await discoverSubgraphs()) {
    generates[`${dir}/src/__generated__/resolvers-types.ts`] = {
      schema: `${dir}/schema.graphql`,
      plugins: ['typescript', 'typescript-resolvers'],
      config: { contextType: declaration.codegen.contextType, mappers: declaration.codegen.mappers ?? {} },
    };
  }
  return { ...config, generates: generates as CodegenConfig['generates'] };
}
