import { noSupplier, supplierScope, type Viewer } from '@plexus/host';

/**
 * Row-level access of the supplier portal (ARCHITECTURE.md, "Who may do
 * what"): a supplier user sees and acts on its own supplier's records only,
 * and another supplier's record is reported as not found, never as
 * forbidden, so the portal does not even reveal that it exists.
 */

export function isVisibleTo(viewer: Viewer, supplierId: string): boolean {
  const scope = supplierScope(viewer);
  return scope === null || scope === supplierId;
}

/** A filter's supplier narrowed to the viewer's scope: a supplier user asking for another supplier gets nothing. */
export function scopedSupplierFilter(viewer: Viewer, requested: string | null | undefined): string | null {
  const scope = supplierScope(viewer);
  if (scope === null) return requested ?? null;
  return !requested || requested === scope ? scope : noSupplier;
}

/** A purchase order a supplier user may see: its own, once sent (a draft is still the buyer's to change or drop). */
export function isPurchaseOrderVisibleTo(viewer: Viewer, order: { supplierId: string; status: string }): boolean {
  return isVisibleTo(viewer, order.supplierId) && (supplierScope(viewer) === null || order.status !== 'DRAFT');
}

/** The statuses a list may show the viewer: a supplier user never lists drafts, whatever it asks for. */
export function visiblePurchaseOrderStatuses<Status extends string>(viewer: Viewer, requested: readonly Status[] | null | undefined, all: readonly Status[]): readonly Status[] | null {
  if (supplierScope(viewer) === null) return requested?.length ? requested : null;
  return (requested?.length ? requested : all).filter((status) => status !== 'DRAFT');
}
