import { createHash } from 'node:crypto';
import { Kind, type OperationDefinitionNode } from 'graphql';

/** What became of a mutation: done, refused with a domain or identity code (nothing written), or failed otherwise. */
export type MutationOutcome = 'SUCCEEDED' | 'REFUSED' | 'FAILED';

/** Codes of refusals that write nothing and are the caller's doing, not the system's. */
const refusalCodes: ReadonlySet<string> = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'GRAPHQL_VALIDATION_FAILED']);

export function mutationOutcome(errorCodes: readonly (string | undefined)[]): MutationOutcome {
  if (errorCodes.length === 0) return 'SUCCEEDED';
  return errorCodes.every((code) => code !== undefined && refusalCodes.has(code)) ? 'REFUSED' : 'FAILED';
}

/** JSON with object keys sorted at every level, so equal variables give equal text whatever order they were sent in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 of the canonical variables: shows two requests carried the same values without keeping them. */
export function variablesDigest(variables: Record<string, unknown> | undefined): string {
  return createHash('sha256').update(canonicalJson(variables ?? {})).digest('hex');
}

/** The mutation fields an operation calls (aliases resolved to field names). */
export function mutationFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []));
}

/** The client's operation name: the gateway names each subgraph fetch `<name>__<system>__<n>`. */
export function clientOperationName(name: string | null | undefined): string | null {
  return name ? name.replace(/__[A-Za-z0-9_-]+?__\d+$/, '') : null;
}
