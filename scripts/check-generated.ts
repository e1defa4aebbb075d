import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { readFile } from 'node:fs/promises';
import { composeSupergraph, supergraphPath } from '@plexus/router/composition';

/**
 * Fails when committed generated code no longer matches its sources: the
 * composed supergraph and every graphql-codegen output. Nothing is written.
 */
const stale: string[] = [];
if ((await readFile(supergraphPath, 'utf8').catch(() => '')) !== composeSupergraph()) stale.push('router/supergraph.graphql');
const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
const outputs = await generate({ ...config, silent: true }, false);
for (const output of outputs) {
  if ((await readFile(output.filename, 'utf8').catch(() => '')) !== output.content) stale.push(output.filename);
}
if (stale.length) {
  console.error(`Generated code is stale; run \`npm run codegen\` and commit:\n${stale.map((file) => `  ${file}`).join('\n')}`);
  process.exit(1);
}
console.log('generated code is up to date');
