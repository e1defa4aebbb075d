// Analytics still imports refusals from here until its pending branches land; new code imports @plexus/errors.
export { DomainError, badInput, notFound, conflict } from '@plexus/errors';
export type { DomainErrorCode } from '@plexus/errors';
export { DateScalar, DateTimeScalar, JSONScalar, parseCalendarDate } from './scalars.ts';
export { createSubgraphServer, formatSubgraphError, listen, readSchema } from './subgraph-server.ts';
export type { RunningServer, SubgraphServerOptions } from './subgraph-server.ts';
export { authorize, authorizeChange, viewerFromHeaders, viewerRoleHeader, viewerRoles, viewerSitesHeader, viewerSupplierHeader, viewerUserHeader } from './viewer.ts';
export type { Viewer, ViewerRole } from './viewer.ts';
export { defineSubgraph } from './subgraph-declaration.ts';
export type { BackgroundWork, SubgraphDeclaration, SubgraphRuntime } from './subgraph-declaration.ts';
export { drainConsumers, openSubgraph, startSubgraph } from './subgraph-runtime.ts';
export type { RunningSubgraph, StartSubgraphOptions } from './subgraph-runtime.ts';
export { discoverSubgraphs, portVariable, repositoryRoot, workspaceDirs } from './subgraph-discovery.ts';
export type { DiscoveredSubgraph } from './subgraph-discovery.ts';
export { demoKey } from './demo.ts';
export type { DemoKey, DemoStep, DemoWorld, Simulation } from './demo.ts';
