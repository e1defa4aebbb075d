export { DomainError, badInput, notFound, conflict } from './domain-error.ts';
export type { DomainErrorCode } from './domain-error.ts';
export { DateScalar, DateTimeScalar, JSONScalar, parseCalendarDate } from './scalars.ts';
export { createSubgraphServer, formatSubgraphError, listen, readSchema, serveSubgraph } from './subgraph-server.ts';
export type { RunningServer, SubgraphServerOptions } from './subgraph-server.ts';
export { authorizeChange, viewerFromHeaders, viewerRoleHeader } from './viewer.ts';
export type { Viewer, ViewerRole } from './viewer.ts';
