import { generate } from '@graphql-codegen/cli';
import { writeFile } from 'node:fs/promises';
import { composeSupergraph, supergraphPath } from '@plexus/router/composition';
import { trustedDocumentsManifest, trustedDocumentsPath } from '@plexus/router/trusted-documents';
import { codegenConfig } from './codegen-config.ts';

/** `npm run codegen`: composes the supergraph, then writes every system's resolver types, the control tower's operations and the router's trusted documents. */
await writeFile(supergraphPath, await composeSupergraph());
console.log(`wrote ${supergraphPath.pathname}`);
await generate(await codegenConfig(), true);
await writeFile(trustedDocumentsPath, await trustedDocumentsManifest());
console.log(`wrote ${trustedDocumentsPath.pathname}`);
