import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { print, type DocumentNode } from 'graphql';
import type { Role } from '@plexus/identity';

/**
 * Trusted documents: the control tower's operations, persisted at build
 * (`npm run codegen` writes `router/trusted-documents.json`: the SHA-256 of
 * each document's text as the control tower sends it). In production a
 * browser user may send only those; roles that write their own queries
 * (analysts, administrators) may send any, within their limits.
 */
export const trustedDocumentsPath = new URL('../trusted-documents.json', import.meta.url);

const controlTowerOperations = new URL('../../control-tower/src/lib/graphql/__generated__/operations.ts', import.meta.url);

export const documentHash = (text: string) => createHash('sha256').update(text).digest('hex');

/** The manifest of the control tower's generated operations: hash → operation name, sorted, as committed. */
export async function trustedDocumentsManifest(): Promise<string> {
  const operations = (await import(controlTowerOperations.href)) as Record<string, unknown>;
  const entries = Object.entries(operations)
    .filter((entry): entry is [string, DocumentNode] => entry[0].endsWith('Document') && (entry[1] as { kind?: unknown })?.kind === 'Document')
    .map(([name, document]) => [documentHash(print(document)), name.slice(0, -'Document'.length)] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

export interface TrustedDocuments {
  /** Hashes of the documents anyone may send. */
  readonly hashes: ReadonlySet<string>;
  /** Roles that may send documents of their own. */
  readonly openRoles: readonly Role[];
}

export async function readTrustedDocuments(openRoles: readonly Role[], path: string | URL = trustedDocumentsPath): Promise<TrustedDocuments> {
  const manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
  return { hashes: new Set(Object.keys(manifest)), openRoles };
}
