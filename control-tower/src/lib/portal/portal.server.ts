import { error, fail } from '@sveltejs/kit';
import { PortalPurchaseOrderDocument, PortalSupplierDocument } from '../graphql/__generated__/operations.ts';
import type { GraphQLErrorShape } from '../graphql/router-client.ts';
import { askGraph, outages, refusals } from '../server/graph.ts';

/** Said of a purchase order the supplier may not see exactly as of one that does not exist: the portal does not tell them apart. */
export const noSuchOrder = 'There is no purchase order with that id.';

export const notForStaff = 'The supplier portal is for supplier users: sign in as one to use it.';

const signedOut = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/**
 * The supplier the signed-in user acts for, or null for anyone else (staff,
 * nobody signed in). The graph decides: a supplier user's token names its
 * supplier, and srm answers `viewerSupplier` for it alone.
 */
export async function portalSupplier(fetcher: typeof fetch) {
  const result = await askGraph(fetcher, PortalSupplierDocument, {});
  if (result.data?.viewerSupplier) return result.data.viewerSupplier;
  const down = result.errors.filter((problem) => !signedOut.has(problem.extensions?.code ?? ''));
  if (down.length) error(502, outages(down).join(' '));
  return null;
}

/**
 * One of the supplier's purchase orders, or a 404: another supplier's, one
 * nobody knows and a malformed id look the same. A draft is the buyer's until
 * it is sent, so it is not the supplier's to see either.
 */
export async function portalPurchaseOrder(fetcher: typeof fetch, id: string) {
  const result = await askGraph(fetcher, PortalPurchaseOrderDocument, { id });
  if (refusals(result.errors).length || result.errors.some((problem) => problem.extensions?.code === 'NOT_FOUND')) return null;
  const order = result.data?.purchaseOrder;
  if (!order) error(502, outages(result.errors).join(' ') || 'The graph returned no purchase order.');
  return order.status === 'DRAFT' ? null : { order, outages: outages(result.errors) };
}

export async function portalPurchaseOrderOr404(fetcher: typeof fetch, id: string) {
  const found = await portalPurchaseOrder(fetcher, id);
  if (!found) error(404, noSuchOrder);
  return found;
}

/** A form's answer: done, or refused with every problem, read from the form or said by the graph (status from its error code). */
export const formRefused = <Action extends string>(status: number, action: Action, problems: string[], values: Record<string, string> = {}) =>
  fail(status, { action, done: null, problems, values });

const statusOf = (code: string | undefined) => (code === 'FORBIDDEN' ? 403 : code === 'NOT_FOUND' ? 404 : code === 'CONFLICT' ? 409 : 400);

export function graphOutcome<Action extends string>(action: Action, errors: readonly GraphQLErrorShape[], done: string, values: Record<string, string> = {}) {
  if (!errors.length) return { action, done, problems: [] as string[], values: {} as Record<string, string> };
  return formRefused(statusOf(errors[0]?.extensions?.code), action, [...new Set(errors.map((problem) => problem.message))], values);
}

/** What was typed, to give it back with the problems (so nothing typed is lost when JavaScript is off). */
export const typedValues = (form: FormData) =>
  Object.fromEntries([...form].filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'idempotencyKey').map(([name, value]) => [name, value.slice(0, 200)]));
