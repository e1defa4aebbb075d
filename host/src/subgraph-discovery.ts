import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { SubgraphDeclaration } from './subgraph-declaration.ts';

/** The repository's root folder (this file is `host/src/`). */
export const repositoryRoot = new URL('../../', import.meta.url);

export interface DiscoveredSubgraph {
  /** The package folder, relative to the repository root (`subgraphs/crm`, `analytics`). */
  readonly dir: string;
  readonly declaration: SubgraphDeclaration;
}

/** Workspace folders of the root package.json, with `dir/*` patterns expanded. */
export function workspaceDirs(): string[] {
  const { workspaces } = JSON.parse(readFileSync(new URL('package.json', repositoryRoot), 'utf8')) as { workspaces: string[] };
  return workspaces
    .flatMap((pattern) =>
      pattern.endsWith('/*')
        ? readdirSync(new URL(pattern.slice(0, -1), repositoryRoot), { withFileTypes: true })
            .filter((entry) => entry.isDirectory())
            .map((entry) => `${pattern.slice(0, -1)}${entry.name}`)
        : [pattern],
    )
    .sort();
}

/**
 * Every system of the repository: each workspace package with a
 * `src/subgraph.ts` declaring it. A clash of names or default ports is a
 * mistake in a declaration and stops everything that discovers.
 */
export async function discoverSubgraphs(): Promise<DiscoveredSubgraph[]> {
  const found: DiscoveredSubgraph[] = [];
  for (const dir of workspaceDirs()) {
    const module = new URL(`${dir}/src/subgraph.ts`, repositoryRoot);
    if (!existsSync(module)) continue;
    const { subgraph } = (await import(pathToFileURL(module.pathname).href)) as { subgraph?: SubgraphDeclaration };
    if (!subgraph) throw new Error(`${dir}/src/subgraph.ts must export its declaration as \`subgraph\``);
    found.push({ dir, declaration: subgraph });
  }
  for (const [index, { dir, declaration }] of found.entries()) {
    const clash = found.slice(0, index).find((earlier) => earlier.declaration.name === declaration.name || earlier.declaration.defaultPort === declaration.defaultPort);
    if (clash) throw new Error(`${dir} and ${clash.dir} declare the same name or default port (${declaration.name}, ${declaration.defaultPort})`);
  }
  return found;
}

/** The environment variable that overrides a system's port: `CRM_PORT` for crm. */
export function portVariable(name: string): string {
  return `${name.toUpperCase().replaceAll('-', '_')}_PORT`;
}
