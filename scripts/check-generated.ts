import { generate } from '@graphql-codegen/cli';
import { readFile } from 'node:fs/promises';
import { composeSupergraph, supergraphPath } from '@plexus/router/composition';
import { trustedDocumentsManifest, trustedDocumentsPath } from '@plexus/router/trusted-documents';
import { codegenConfig } from './codegen-config.ts';

/**
 * Fails when committed generated code no longer matches its sources: the
 * composed supergraph and every graphql-codegen output. Nothing is written.
 */
const stale: string[] = [];
if ((await readFile(supergraphPath, 'utf8').catch(() => '')) !== (await composeSupergraph())) stale.push('router/supergraph.graphql');
const outputs = await generate({ ...(await codegenConfig()), silent: true }, false);
for (const output of outputs) {
  if ((await readFile(output.filename, 'utf8').catch(() => '')) !== output.content) stale.push(output.filename);
}
// After the operations are checked: the manifest is computed from the committed ones.
if ((await readFile(trustedDocumentsPath, 'utf8').catch(() => '')) !== (await trustedDocumentsManifest())) stale.push('router/trusted-documents.json');
if (stale.length) {
  console.error(`Generated code is stale; run \`npm run codegen\` and commit:\n${stale.map((file) => `  ${file}`).join('\n')}`);
  process.exit(1);
}
console.log('generated code is up to date');
