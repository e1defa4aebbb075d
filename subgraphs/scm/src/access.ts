import type { ViewerRole } from '@plexus/host';

/**
 * Who may do what in scm (ARCHITECTURE.md, "Who may do what"): logistics is
 * the planners' work, milestones and proofs of delivery come in from the
 * dock and drivers (operators); every internal role may read. Suppliers
 * have nothing to see here, so they, like any role not named, are refused.
 */
export const readerRoles: readonly ViewerRole[] = ['executive', 'planner', 'buyer', 'operator', 'quality', 'finance', 'analyst'];
export const plannerRoles: readonly ViewerRole[] = ['planner'];
export const carriageRoles: readonly ViewerRole[] = ['planner', 'operator'];
