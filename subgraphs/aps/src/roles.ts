import type { ViewerRole } from '@plexus/host';

/** Who may change plans: planners (administrators always may). */
export const plannerRoles: readonly ViewerRole[] = ['planner'];

/** Who may read plans: everyone inside the company; suppliers see nothing of aps. */
export const readerRoles: readonly ViewerRole[] = ['executive', 'planner', 'buyer', 'operator', 'quality', 'finance', 'analyst'];
