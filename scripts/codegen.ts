import { generate } from '@graphql-codegen/cli';
import { writeFile } from 'node:fs/promises';
import { composeSupergraph, supergraphPath } from '@plexus/router/composition';
import { codegenConfig } from './codegen-config.ts';

/** `npm run codegen`: composes the supergraph, then writes every system's resolver types and the control tower's operations. */
await writeFile(supergraphPath, await composeSupergraph());
console.log(`wrote ${supergraphPath.pathname}`);
await generate(await codegenConfig(), true);
