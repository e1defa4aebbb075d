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
