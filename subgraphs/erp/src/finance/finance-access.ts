import type { ViewerRole } from '@plexus/host';

/** Who may read the books: finance, and the roles that read everything (ARCHITECTURE.md, "Who may do what"). */
export const financeReaders: readonly ViewerRole[] = ['finance', 'executive', 'analyst'];

/** Who may change them: finance only (administrators always may). */
export const financeWriters: readonly ViewerRole[] = ['finance'];
