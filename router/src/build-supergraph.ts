import { readFile, writeFile } from 'node:fs/promises';
import { composeSupergraph, supergraphPath } from './composition.ts';

const supergraph = await composeSupergraph();
if (process.argv.includes('--check')) {
  const committed = await readFile(supergraphPath, 'utf8').catch(() => '');
  if (committed !== supergraph) {
    console.error('router/supergraph.graphql is stale: run `npm run build -w router` and commit it.');
    process.exit(1);
  }
  console.log('router/supergraph.graphql is up to date');
} else {
  await writeFile(supergraphPath, supergraph);
  console.log(`wrote ${supergraphPath.pathname}`);
}
